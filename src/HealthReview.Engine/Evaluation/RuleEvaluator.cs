using System.Globalization;
using HealthReview.Core.Cvss;
using HealthReview.Core.Model;
using HealthReview.Core.Results;
using HealthReview.Engine.Conditions;
using HealthReview.Engine.Config;
using HealthReview.Engine.Fields;
using HealthReview.Engine.Rules;

namespace HealthReview.Engine.Evaluation;

/// <summary>
/// One control for one app: notApplicable clauses, the check, an attestation where the export cannot tell, the risk
/// with context modifiers, then a risk acceptance. Every step adds a reason a person can follow.
/// </summary>
public static class RuleEvaluator
{
    public static Finding Evaluate(RuleDefinition rule, FieldSource source, ScanConfig config, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(config);
        var context = new EvaluationContext(rule, source, EffectiveThresholds(rule, config), config);
        var kind = source.Kind;
        var risk = rule.Risk[kind];
        var reasons = new List<string>();

        var notApplicable = NotApplicableReason(rule, context);
        if (notApplicable is not null)
        {
            return Finding(rule, context, FindingStatus.NotApplicable, notApplicable, [notApplicable], null, Cvss(risk, [], reasons));
        }

        var outcome = ConditionEvaluator.Evaluate(rule.Checks[kind], context);
        reasons.AddRange(outcome.Evidence.Select(e => Sentence(e.Sentence)));
        reasons.AddRange(context.Thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"Threshold {t.Key} = {ValueText.Of(t.Value)}{(config.Thresholds.TryGetValue(rule.Id, out var own) && own.ContainsKey(t.Key) ? " (from the config file)" : string.Empty)}.")));

        var status = outcome.Truth switch
        {
            Truth.True => FindingStatus.Pass,
            Truth.False => FindingStatus.Fail,
            _ => FindingStatus.NotEvaluated,
        };

        AttestationInfo? attestation = null;
        if (status == FindingStatus.NotEvaluated && Attested(rule, context, config) is { } statement)
        {
            attestation = new AttestationInfo(statement.Value, statement.By, statement.Date);
            status = statement.Passes ? FindingStatus.Pass : FindingStatus.Fail;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Attested '{statement.Value}' by {statement.By} on {statement.Date:yyyy-MM-dd} (healthreview.yaml line {statement.Line}); the export alone could not show it."));
        }

        var modifiers = status is FindingStatus.Fail ? AppliedModifiers(rule, context) : [];
        foreach (var modifier in modifiers)
        {
            reasons.Add($"Risk {modifier.Effect}: {modifier.Reason} (modifier {modifier.Id}: {string.Join("/", modifier.Metrics.Select(m => m.Key + ":" + m.Value))}).");
        }

        var cvss = Cvss(risk, modifiers, reasons);
        AcceptanceInfo? acceptance = null;
        if (status == FindingStatus.Fail && Accepted(rule, context, config) is { } accepted)
        {
            var expired = accepted.Expires < today;
            acceptance = new AcceptanceInfo(accepted.Reason, accepted.Owner, accepted.Expires, expired);
            if (expired)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"A risk acceptance by {accepted.Owner} expired on {accepted.Expires:yyyy-MM-dd}: the finding is open again."));
            }
            else
            {
                status = FindingStatus.Waived;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Risk accepted by {accepted.Owner} until {accepted.Expires:yyyy-MM-dd}: {accepted.Reason}"));
            }
        }

        var message = Message(rule, status, outcome, attestation);
        return Finding(rule, context, status, message, reasons, outcome.Decisive, cvss) with
        {
            Modifiers = modifiers,
            Acceptance = acceptance,
            Attestation = attestation,
        };
    }

    public static IReadOnlyDictionary<string, double> EffectiveThresholds(RuleDefinition rule, ScanConfig config)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(config);
        if (!config.Thresholds.TryGetValue(rule.Id, out var overrides))
        {
            return rule.Thresholds;
        }

        var merged = new Dictionary<string, double>(rule.Thresholds, StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            merged[name] = value;
        }

        return merged;
    }

    private static string? NotApplicableReason(RuleDefinition rule, EvaluationContext context)
    {
        // An app whose OAuth plugin is switched off issues no tokens: its OAuth controls cannot matter. Secrets in the
        // export still do, so a rule that looks for them is exempt.
        if (context.Kind != AppKind.Org && !Mentions(rule.Checks[context.Kind], "noSecretMaterial")
            && FieldCatalog.TryGet("oauthPluginEnabled", out var plugin)
            && plugin.Read(context.Source) is { State: FieldReadState.Present, Value: false } off)
        {
            return $"OAuth is not enabled for this app ({off.Element} {off.Display}, {off.Location}), so it issues no tokens.";
        }

        foreach (var clause in rule.NotApplicable)
        {
            if (clause.When.TryGetValue(context.Kind, out var when) && ConditionEvaluator.Evaluate(when, context).Truth == Truth.True)
            {
                return clause.Reason;
            }
        }

        return null;
    }

    private static bool Mentions(Condition condition, string named) => condition switch
    {
        NamedCondition n => n.Name == named,
        AllCondition all => all.Parts.Any(p => Mentions(p, named)),
        AnyCondition any => any.Parts.Any(p => Mentions(p, named)),
        NotCondition not => Mentions(not.Inner, named),
        _ => false,
    };

    private static List<AppliedModifier> AppliedModifiers(RuleDefinition rule, EvaluationContext context) =>
        [.. rule.Modifiers
            .Where(m => m.When.TryGetValue(context.Kind, out var when) && ConditionEvaluator.Evaluate(when, context).Truth == Truth.True)
            .Select(m => new AppliedModifier(m.Id, m.Effect, m.Metrics, m.Reason))];

    private static FindingCvss Cvss(KindRisk risk, IReadOnlyList<AppliedModifier> modifiers, List<string> reasons)
    {
        var baseScore = risk.Vector.BaseScore.Value;
        if (modifiers.Count == 0)
        {
            return new FindingCvss(risk.Vector.ToString(), risk.Vector.ToString(), baseScore, baseScore, risk.Range, risk.Vector4);
        }

        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var modifier in modifiers)
        {
            foreach (var (metric, value) in modifier.Metrics)
            {
                metrics[metric] = value;
            }
        }

        var contextual = risk.Vector.WithMetrics(metrics);
        var environmental = contextual.EnvironmentalScore.Value;
        var score = risk.Range.Clamp(environmental);
        if (Math.Abs(score - environmental) > 0.001)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"The environmental score {environmental:0.0} was kept inside the control's range {risk.Range.Min:0.0}–{risk.Range.Max:0.0}: {score:0.0}."));
        }

        return new FindingCvss(risk.Vector.ToString(), contextual.ToString(), baseScore, score, risk.Range, risk.Vector4);
    }

    private static Attestation? Attested(RuleDefinition rule, EvaluationContext context, ScanConfig config) =>
        config.Attestations.FirstOrDefault(a => a.Rule == rule.Id && Matches(a.App, context.AppName));

    private static RiskAcceptance? Accepted(RuleDefinition rule, EvaluationContext context, ScanConfig config) =>
        config.Acceptances.Where(a => a.Rule == rule.Id && Matches(a.App, context.AppName)).OrderByDescending(a => a.Expires).FirstOrDefault();

    private static bool Matches(string pattern, string app) => pattern == "*" || string.Equals(pattern, app, StringComparison.Ordinal);

    private static string Message(RuleDefinition rule, FindingStatus status, Outcome outcome, AttestationInfo? attestation)
    {
        var detail = outcome.Decisive is { } decisive ? Sentence(decisive.Sentence) : string.Empty;
        return status switch
        {
            FindingStatus.Pass when attestation is not null => $"{rule.Title}: attested by {attestation.By}.",
            FindingStatus.Fail when attestation is not null => $"{rule.Title}: not met, attested by {attestation.By}.",
            FindingStatus.Pass => $"{rule.Title}. {detail}".TrimEnd(),
            FindingStatus.Fail or FindingStatus.Waived => $"Not met: {rule.Title}. {detail}".TrimEnd(),
            _ => $"Could not be evaluated: {detail}".TrimEnd(),
        };
    }

    private static Finding Finding(RuleDefinition rule, EvaluationContext context, FindingStatus status, string message, IReadOnlyList<string> reasons, Evidence? decisive, FindingCvss cvss) => new()
    {
        RuleId = rule.Id,
        App = context.AppName,
        AppKind = context.Kind,
        Status = status,
        Severity = status is FindingStatus.Fail or FindingStatus.Waived ? CvssSeverityScale.FromScore(cvss.Score) : CvssSeverity.None,
        Cvss = cvss,
        Expected = decisive?.Expected,
        Actual = decisive?.Actual,
        Location = decisive?.Location is { } at ? new FindingLocation(at.Path, at.Line > 0 ? at.Line : null) : null,
        Message = message,
        Reasons = reasons,
    };

    /// <summary>A capitalised sentence with one full stop (absent reasons in rule files already end with one).</summary>
    private static string Sentence(string text)
    {
        var capitalised = Capitalise(text.TrimEnd());
        return capitalised.EndsWith('.') ? capitalised : capitalised + ".";
    }

    // Most sentences start with an element name ("<isPkceRequired> is …"): those are kept as they are, not copied.
    private static string Capitalise(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.AsSpan(1).ToString();
}
