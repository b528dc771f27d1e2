using HealthReview.Core.Results;
using HealthReview.Pdf.Elements;
using HealthReview.Pdf.Layout;
using HealthReview.Pdf.Typography;
using static HealthReview.Reporting.Pdf.ReportBlocks;
using static HealthReview.Reporting.Pdf.ReportFormat;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// One open finding: a header band (reference, control, title, app, severity, score), the evidence, the risk with its
/// CVSS vectors and modifiers, the control's text, the remediation and the references.
/// </summary>
internal static class FindingSection
{
    private const float LabelWidth = 104;

    public static Element Create(ReportModel model, Finding finding)
    {
        var rule = model.Rule(finding.RuleId);
        var kind = model.Kind(finding);
        var items = new List<Element>();

        if (finding.Acceptance is { Expired: true } acceptance)
        {
            items.Add(Callout(
                ReportTheme.Critical,
                Invariant($"Risk acceptance expired on {Date(acceptance.Expires)} — the finding is open again"),
                Spans(
                    Span("Reason given: ", ReportTheme.BodyBold), Span(acceptance.Reason, ReportTheme.Body),
                    Span("  Owner: ", ReportTheme.BodyBold), Span(acceptance.Owner, ReportTheme.Body))));
        }

        items.Add(SubSection("Evidence", FactsBox(Evidence(finding), LabelWidth)));

        var risk = new List<Element> { FactsBox(Risk(finding, rule), LabelWidth) };
        if (finding.Modifiers.Count > 0)
        {
            risk.Add(DataTable(
                [TableColumn.Constant(LabelWidth), TableColumn.Constant(60), TableColumn.Constant(72), TableColumn.Relative()],
                ["Context modifier", "Effect", "CVSS metrics", "Why it applies"],
                finding.Modifiers.Select(m => (IReadOnlyList<Element>)
                [
                    CellText(m.Id, ReportTheme.TableBodyBold),
                    CellText(m.Effect == "higher" ? "Raises risk" : m.Effect == "lower" ? "Lowers risk" : m.Effect),
                    CellText(string.Join(" ", m.Metrics.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key + ":" + x.Value))),
                    CellText(m.Reason),
                ])));
        }

        items.Add(SubSection("Risk", new Column(risk, spacing: 6)));

        if (rule is not null)
        {
            items.Add(SubSection("About this control", AboutControl(model, finding, rule)));
        }

        items.Add(SubSection("Remediation", Remediation(rule, kind)));

        // The band opens the finding and always has the start of the evidence under it.
        var section = new KeepWithNext(HeaderBand(model, finding), new Column(items, spacing: 8), 110, spacing: 8);
        return new PageAnchor(model.Anchor(finding), model.Pages, section);
    }

    private static Element HeaderBand(ReportModel model, Finding finding)
    {
        var colour = ReportTheme.Severity(finding.Severity);
        var chips = new List<Element> { Chip(finding.Severity.ToString(), colour) };
        if (finding.Baseline == BaselineState.New)
        {
            chips.Insert(0, OutlineChip("New", ReportTheme.Navy));
        }

        var left = new Column(
        [
            new Text(Invariant($"{model.Reference(finding)}   ·   {finding.RuleId}"), ReportTheme.Label.WithSize(7.5f).WithColor(ReportTheme.Navy)),
            new Text(model.Title(finding), ReportTheme.H2.WithColor(ReportTheme.Ink).WithSize(12)),
            new Text(
            [
                new TextSpan(model.AppLabel(finding), ReportTheme.BodyBold),
                new TextSpan("   " + Kind(finding.AppKind), ReportTheme.Body.WithColor(ReportTheme.Muted)),
            ]),
        ], spacing: 2).Padding(new Edges(10, 8, 6, 8));

        var right = new Column(
        [
            InlineRight(4, [.. chips]),
            new Text(Score(finding.Cvss?.Score), ReportTheme.H1.WithSize(20).WithColor(colour), TextAlignment.Right),
            new Text("CVSS 3.1 contextual", ReportTheme.Small.WithSize(6.5f), TextAlignment.Right),
        ], spacing: 1).Padding(new Edges(4, 8, 10, 8));

        return new Row(
        [
            RowItem.Constant(4, new Spacer(0).Background(colour)),
            RowItem.Relative(left),
            RowItem.Constant(112, right),
        ]).Background(ReportTheme.NavyLight);
    }

    private static IEnumerable<(string, Element)> Evidence(Finding finding)
    {
        // The modifier lines among the reasons are the modifiers table below, word for word.
        var modifiers = finding.Modifiers.Select(m => $"Risk {m.Effect}: {m.Reason} (modifier {m.Id}: {string.Join("/", m.Metrics.Select(x => x.Key + ":" + x.Value))}).").ToHashSet(StringComparer.Ordinal);
        var reasons = finding.Reasons.Where(r => !modifiers.Contains(r)).ToList();
        var what = reasons.Count > 0 ? string.Join("\n", reasons) : finding.Message;
        yield return ("Finding", Value(what));
        yield return ("Expected", Value(finding.Expected ?? "—", ReportTheme.TableBodyBold.WithColor(ReportTheme.Pass)));
        yield return ("Actual", Value(finding.Actual ?? "—", ReportTheme.TableBodyBold.WithColor(ReportTheme.Critical)));
        yield return ("File and line", Value(Location(finding.Location)));
        if (finding.Baseline is { } baseline)
        {
            yield return ("Baseline", Value(baseline == BaselineState.New ? "New since the baseline scan" : "Already open in the baseline scan"));
        }

        if (finding.Attestation is { } attestation)
        {
            yield return ("Attestation", Value(Invariant($"{attestation.Value}, stated by {attestation.By} on {Date(attestation.Date)}")));
        }
    }

    private static IEnumerable<(string, Element)> Risk(Finding finding, RuleInfo? rule)
    {
        if (finding.Cvss is not { } cvss)
        {
            yield return ("Score", Value("No CVSS score for this finding."));
            yield break;
        }

        var source = rule?.RiskSource switch
        {
            null => string.Empty,
            "shr" or "salesforce" => " (Salesforce SHR)",
            "ours" => " (HealthReview estimate)",
            _ => " (" + rule.RiskSource + ")",
        };
        yield return ("Contextual score", new Text(
        [
            new TextSpan(Invariant($"{Score(cvss.Score)} {finding.Severity}"), ReportTheme.TableBodyBold),
            new TextSpan(Invariant($"   base {Score(cvss.BaseScore)}   ·   declared range {Score(cvss.Range.Min)} – {Score(cvss.Range.Max)}{source}"), ReportTheme.TableBody),
        ]));
        yield return ("Base vector", Value(cvss.Vector));
        yield return ("Contextual vector", cvss.ContextualVector == cvss.Vector
            ? Value("Same as the base vector: no context modifier applied.", ReportTheme.TableBody.WithColor(ReportTheme.Muted))
            : Value(cvss.ContextualVector));
        if (cvss.Vector4 is { } vector4)
        {
            yield return ("CVSS 4.0 vector", Value(vector4));
        }
    }

    /// <summary>
    /// The control's text sections in full with the worst finding of the control; the later ones keep the overview and
    /// link to it. A large scan has hundreds of findings per control, and the same seven paragraphs under each one made
    /// up over half of the findings chapter without telling the reader anything new.
    /// </summary>
    private static Element AboutControl(ReportModel model, Finding finding, RuleInfo rule)
    {
        var first = model.FirstOpenOfControl(finding);
        if (ReferenceEquals(first, finding))
        {
            return Definitions(
            [
                ("Overview", rule.Overview),
                ("Security risk", rule.SecurityRisk),
                ("Threat scenarios", rule.ThreatScenarios),
                ("Risk impact", rule.RiskImpact),
                ("Higher risk when", rule.HigherRiskWhen),
                ("Low risk when", rule.LowRiskWhen),
                ("Business considerations", rule.BusinessConsiderations),
            ]);
        }

        var pointer = new Text(
            Invariant($"Security risk, threat scenarios, risk impact, when the risk is higher or lower, and business considerations of {rule.Id}: given in full with {model.Reference(first)}."),
            ReportTheme.Body.WithSize(8.5f).WithColor(ReportTheme.Low)).LinkTo(model.Anchor(first));
        return new Column([Definitions([("Overview", rule.Overview)]), pointer.Padding(new Edges(LabelWidth, 0, 0, 0))], spacing: 2);
    }

    private static Element Definitions(IEnumerable<(string Label, string Text)> entries)
    {
        var rows = entries.Where(e => !string.IsNullOrWhiteSpace(e.Text)).Select(e => (IReadOnlyList<Element>)
        [
            new Text(e.Label, ReportTheme.SmallBold.WithColor(ReportTheme.Navy)).Padding(new Edges(0, 3, 8, 3)),
            new Text(e.Text.Trim(), ReportTheme.Body.WithSize(8.5f).WithLineHeight(1.34f)).Padding(new Edges(0, 2, 0, 3)),
        ]).ToList();
        return new Table([TableColumn.Constant(LabelWidth), TableColumn.Relative()], rows);
    }

    private static Element Remediation(RuleInfo? rule, RuleKindInfo? kind)
    {
        var facts = new List<(string, Element)>();
        if (rule is not null)
        {
            facts.Add(("Recommended", Value(rule.Recommended, ReportTheme.TableBodyBold)));
        }

        if (kind?.ControlName is { } control)
        {
            facts.Add(("SHR control", Value(control)));
        }

        facts.Add(("Setup path", Value(kind?.Setup ?? "—")));
        facts.Add(("Metadata file", Value(kind?.MetadataFile ?? "—")));
        if (kind?.MetadataChange is { } change)
        {
            facts.Add(("Metadata change", CodeBlock(change)));
        }

        if (rule is not null && (rule.References.Count > 0 || rule.Compliance.Count > 0))
        {
            // Listed once per control in Appendix B rather than with every finding.
            facts.Add(("References", Value(Invariant($"Risk source, {Plural(rule.References.Count, "reference")} and compliance mappings of {rule.Id}: Appendix B"), ReportTheme.TableBody.WithColor(ReportTheme.Low))
                .LinkTo(ReportModel.RuleAnchor(rule.Id))));
        }

        return FactsBox(facts, LabelWidth);
    }
}
