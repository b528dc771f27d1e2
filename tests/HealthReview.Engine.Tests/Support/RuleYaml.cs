namespace HealthReview.Engine.Tests.Support;

/// <summary>A minimal valid rule file in the format of docs/rule-format.md, for tests that break one thing in it.</summary>
public static class RuleYaml
{
    /// <summary>A rule for both app kinds: PKCE must be required; High 7.0–8.9, vector base 7.4.</summary>
    public static string Minimal(string id = "CUSTOM-PKCE", string title = "PKCE is required (custom)") => $$"""
        id: {{id}}
        title: {{title}}
        revision: 1
        appliesTo: [ExternalClientApp, ConnectedApp]
        recommended: Require PKCE.
        text:
          overview: Overview.
          securityRisk: Security risk.
          threatScenarios: Threat scenarios.
          riskImpact: Risk impact.
          higherRiskWhen: Higher risk when.
          lowRiskWhen: Low risk when.
          businessConsiderations: Business considerations.
        remediation:
          setup:
            ExternalClientApp: Setup → External Client Apps.
            ConnectedApp: Setup → App Manager.
        risk:
          source: ours
          range:
            ExternalClientApp: { min: 7.0, max: 8.9 }
            ConnectedApp: { min: 7.0, max: 8.9 }
          vector:
            ExternalClientApp: CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N
            ConnectedApp: CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N
        threshold:
          maxMinutes: 2
        defaults:
          ConnectedApp: { pkceRequired: false }
        check:
          field: pkceRequired
          equals: true
        modifiers:
          - id: sensitive-data
            effect: higher
            when: { fact: sensitiveData }
            metrics: { CR: H }
            reason: Sensitive data.

        """;

    /// <summary>The 1-based line of the first line that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string yaml, string fragment)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return index < 0 ? throw new ArgumentException($"'{fragment}' is not in the rule", nameof(fragment)) : index + 1;
    }
}
