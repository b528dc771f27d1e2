using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using SkiaSharp;

namespace HealthReview.Reporting.Pdf;

/// <summary>The report's building blocks: headings, paragraphs, boxed facts, chips, callouts and data tables.</summary>
internal static class ReportBlocks
{
    public const float CellPaddingX = 5;
    public const float CellPaddingY = 3.5f;

    public static Element Paragraph(string text, TextStyle? style = null) => new Text(text, style ?? ReportTheme.Body);

    public static Element Spans(params TextSpan[] spans) => new Text(spans);

    public static TextSpan Span(string text, TextStyle style) => new(text, style);

    /// <summary>A horizontal line across the whole width.</summary>
    public static Element HorizontalRule(SKColor color, float thickness = 0.75f) => new Spacer(thickness).Background(color);

    /// <summary>A chapter title: starts a page, records its page for the contents, and is a link target.</summary>
    public static Element Chapter(string number, string title, string anchor, PageNumberRegistry pages, string? lead = null)
    {
        var items = new List<Element>
        {
            new Text(
            [
                new TextSpan(number.Length > 0 ? number + "   " : string.Empty, ReportTheme.H1.WithColor(ReportTheme.Faint)),
                new TextSpan(title, ReportTheme.H1),
            ]),
            HorizontalRule(ReportTheme.Navy, 1.5f),
        };
        if (lead is not null)
        {
            items.Add(new Spacer(2));
            items.Add(Paragraph(lead, ReportTheme.Body.WithColor(ReportTheme.Muted)));
        }

        return new Column([new PageBreak(), new PageAnchor(anchor, pages, new Column(items, spacing: 6))]);
    }

    /// <summary>A section heading.</summary>
    public static Element Heading(string title) => new Text(title, ReportTheme.H2).Padding(new Edges(0, 6, 0, 0));

    /// <summary>A heading with its content; the heading never ends a page without at least the start of the content.</summary>
    public static Element Section(string title, Element content, float minContent = 48) =>
        new KeepWithNext(Heading(title), content, minContent, spacing: 6);

    /// <summary>A small upper-case heading inside a finding, kept with the start of its content.</summary>
    public static Element SubSection(string title, Element content, float minContent = 40) =>
        new KeepWithNext(
            new Text(title.ToUpperInvariant(), ReportTheme.Label.WithColor(ReportTheme.Navy).WithSize(7.5f)).Padding(new Edges(0, 4, 0, 0)),
            content,
            minContent,
            spacing: 4);

    /// <summary>A coloured label with its word, e.g. CRITICAL on dark red.</summary>
    public static Element Chip(string text, SKColor background, TextStyle? style = null) =>
        new ShrinkToContent(new Text(text.ToUpperInvariant(), style ?? ReportTheme.Chip).Padding(5, 1.5f).Background(background));

    /// <summary>An outlined label, for states that must not look like a severity (waived, expired, new).</summary>
    public static Element OutlineChip(string text, SKColor color) =>
        new ShrinkToContent(new Text(text.ToUpperInvariant(), ReportTheme.Chip.WithColor(color)).Padding(4.5f, 1).Border(0.75f, color));

    /// <summary>Elements side by side at their natural widths, left-aligned.</summary>
    public static Element Inline(float spacing, params Element[] items) =>
        new Row([.. items.Select(RowItem.Auto)], spacing);

    /// <summary>Elements at their natural widths, pushed to the right edge.</summary>
    public static Element InlineRight(float spacing, params Element[] items) =>
        new Row([RowItem.Relative(new Spacer(0)), .. items.Select(RowItem.Auto)], spacing);

    /// <summary>Key facts as label/value rows in a light box.</summary>
    public static Element FactsBox(IEnumerable<(string Label, Element Value)> facts, float labelWidth = 110)
    {
        var rows = facts.Select(f => (IReadOnlyList<Element>)
        [
            new Text(f.Label, ReportTheme.SmallBold).Padding(new Edges(8, 4, 6, 4)),
            f.Value.Padding(new Edges(0, 4, 8, 4)),
        ]).ToList();
        return new Table([TableColumn.Constant(labelWidth), TableColumn.Relative()], rows)
            .Padding(0, 3)
            .Background(ReportTheme.Panel)
            .Border(new Edges(2.5f, 0, 0, 0), ReportTheme.Navy);
    }

    public static Element Value(string text, TextStyle? style = null) => new Text(text, style ?? ReportTheme.TableBody);

    /// <summary>A boxed note with a coloured stripe, for recommendations and warnings.</summary>
    public static Element Callout(SKColor stripe, string? title, params Element[] body)
    {
        var items = new List<Element>();
        if (title is not null)
        {
            items.Add(new Text(title, ReportTheme.H3.WithColor(stripe)));
        }

        items.AddRange(body);
        return new Column(items, spacing: 4)
            .Padding(new Edges(10, 8, 10, 8))
            .Background(ReportTheme.Panel)
            .Border(new Edges(3, 0, 0, 0), stripe);
    }

    /// <summary>Code or metadata, indentation kept, on a grey ground.</summary>
    public static Element CodeBlock(string code) =>
        new Text(ReportFormat.Code(code), ReportTheme.Mono).Padding(8, 6).Background(ReportTheme.Code);

    /// <summary>A data table: navy header repeated on every page, thin rules between rows.</summary>
    public static Element DataTable(IReadOnlyList<TableColumn> columns, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Element>> rows)
    {
        var header = headers.Select(h => (Element)new Text(h, ReportTheme.TableHeader).Padding(CellPaddingX, 4).Background(ReportTheme.Navy)).ToList();
        var body = rows.Select(r => (IReadOnlyList<Element>)[.. r.Select(Cell)]).ToList();
        return new Table(columns, body, header);
    }

    /// <summary>A table cell: padded, with a rule below.</summary>
    public static Element Cell(Element content) =>
        content.Padding(CellPaddingX, CellPaddingY).Border(new Edges(0, 0, 0, 0.5f), ReportTheme.Rule);

    public static Element CellText(string text, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left) =>
        new Text(text, style ?? ReportTheme.TableBody, alignment);

    /// <summary>A bulleted list.</summary>
    public static Element Bullets(IEnumerable<Element> items, float spacing = 3) => new Column(
        [.. items.Select(item => (Element)new Row([RowItem.Constant(12, new Text("•", ReportTheme.Body.WithColor(ReportTheme.Navy))), RowItem.Relative(item)]))],
        spacing);
}
