using Scriban;
using Scriban.Parsing;

namespace HealthReview.Reporting.Html;

/// <summary>
/// A Scriban context that escapes every value a template writes (Scriban has no auto-escape): only the template's own
/// text and <see cref="RawHtml"/> values go out as they are, so a template that forgets to escape is still safe.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        // No template loader: includes are inlined before parsing (see EmbeddedTemplateLoader), never run at render time.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;

        // The default (1,000) counts every iteration of every loop together; a 10,000-finding report needs far more.
        LoopLimit = int.MaxValue;
        LimitToString = 0;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Value);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }
}
