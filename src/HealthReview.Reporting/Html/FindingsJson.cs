using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Html;

/// <summary>
/// The findings' data for the page's script, as a JSON data block: every finding's details (evidence, reasons, risk,
/// modifiers, acceptance, attestation), which the script turns into elements only when a finding is opened, and the
/// rows the page did not print, which it adds after loading. Strings go through a table (vectors and reasons repeat).
/// The encoder escapes &lt; &gt; &amp; and quotes, so no value can close the script element it sits in.
/// </summary>
internal static class FindingsJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static RawHtml Write(ScanResult result, IReadOnlyList<View.FindingView> views, IReadOnlyList<int> order, int printedRows, ReportIndex index)
    {
        var strings = new StringTable();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            foreach (var rule in result.Rules)
            {
                json.WriteStartArray();
                json.WriteNumberValue(strings.Id(rule.Id));
                json.WriteNumberValue(strings.Id(rule.Title));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("apps");
            foreach (var (app, kind) in index.Apps)
            {
                json.WriteStartArray();
                json.WriteNumberValue(strings.Id(app));
                json.WriteStringValue(Labels.Key(kind));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            for (var position = printedRows; position < order.Count; position++)
            {
                Row(json, views[order[position]], strings);
            }

            json.WriteEndArray();
            json.WriteStartArray("details");
            for (var i = 0; i < result.Findings.Count; i++)
            {
                Details(json, result.Findings[i], views[i], strings);
            }

            json.WriteEndArray();
            json.WriteStartArray("s");
            foreach (var text in strings.Values)
            {
                json.WriteStringValue(text);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new RawHtml(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    // [finding index, status key, severity key, score text, score sort, rule index, app index, kind key, message, new]
    private static void Row(Utf8JsonWriter json, View.FindingView row, StringTable strings)
    {
        json.WriteStartArray();
        json.WriteNumberValue(int.Parse(row.Id.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStringValue(row.StatusKey);
        json.WriteStringValue(row.SeverityKey);
        json.WriteStringValue(row.Score);
        json.WriteRawValue(row.ScoreSort);
        json.WriteRawValue(row.RuleIndex);
        json.WriteRawValue(row.AppIndex);
        json.WriteStringValue(row.KindKey);
        json.WriteNumberValue(strings.Id(row.Message));
        json.WriteNumberValue(row.BaselineKey == "new" ? 1 : 0);
        json.WriteEndArray();
    }

    // [expected, actual, location, [reasons], cvss, [modifiers], acceptance, attestation, baseline, rule anchor, remediation anchor]
    private static void Details(Utf8JsonWriter json, Finding finding, View.FindingView view, StringTable strings)
    {
        json.WriteStartArray();
        Text(json, strings, finding.Expected);
        Text(json, strings, finding.Actual);
        Text(json, strings, view.Location);
        json.WriteStartArray();
        foreach (var reason in finding.Reasons)
        {
            json.WriteNumberValue(strings.Id(reason));
        }

        json.WriteEndArray();
        if (view.Cvss is { } c)
        {
            Texts(json, strings, c.Vector, c.ContextualVector, c.BaseScore, c.Score, c.Range, c.Vector4);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray();
        foreach (var m in view.Modifiers)
        {
            Texts(json, strings, m.Id, m.Effect, m.Metrics, m.Reason);
        }

        json.WriteEndArray();
        if (view.Acceptance is { } a)
        {
            Texts(json, strings, a.Reason, a.Owner, a.Expires, a.Expired ? "expired" : null);
        }
        else
        {
            json.WriteNullValue();
        }

        if (view.Attestation is { } t)
        {
            Texts(json, strings, t.Value, t.By, t.Date);
        }
        else
        {
            json.WriteNullValue();
        }

        Text(json, strings, view.Baseline);
        Text(json, strings, view.RuleAnchor.Length == 0 ? null : view.RuleAnchor);
        Text(json, strings, view.RemediationAnchor);
        json.WriteEndArray();
    }

    private static void Texts(Utf8JsonWriter json, StringTable strings, params string?[] values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            Text(json, strings, value);
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, StringTable strings, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteNumberValue(strings.Id(value));
        }
    }
}
