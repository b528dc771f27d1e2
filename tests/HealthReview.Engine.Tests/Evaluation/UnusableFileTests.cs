using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// A Connected App is one file; when that file cannot be used (here: two files claim the same app, so neither is used),
/// every control that reads it is notEvaluated and the message names the files, instead of a guess.
/// </summary>
public class UnusableFileTests
{
    // SECRET-IN-EXPORT sweeps the bytes of every file rather than reading the definition; REFRESH-IP-ALLOWLIST reads
    // nothing from a Connected App (see the test below).
    public static IEnumerable<string> ControlsReadingTheFile() =>
        ControlIds.All.Where(id => id is not ("SECRET-IN-EXPORT" or "REFRESH-IP-ALLOWLIST"));

    [TestCaseSource(nameof(ControlsReadingTheFile))]
    public void A_Connected_App_whose_file_cannot_be_used_is_notEvaluated_for_every_control_and_the_message_names_the_files(string ruleId)
    {
        using var export = new TestExport();
        var app = export.ConnectedApp("Twice_Retrieved");
        export.File($"other-package/connectedApps/{app.Name}.connectedApp-meta.xml", app.Xml.ToXml());
        var finding = export.Scan().Finding(ruleId, "Twice_Retrieved");

        finding.Status.Should().Be(NotEvaluated, finding.Message);
        finding.Message.Should().ContainEquivalentOf("duplicate").And.Contain("other-package/connectedApps/Twice_Retrieved.connectedApp-meta.xml");
    }

    [Test]
    public void The_refresh_token_IP_allowlist_of_a_Connected_App_whose_file_cannot_be_used_is_never_a_pass()
    {
        using var export = new TestExport();
        var app = export.ConnectedApp("Twice_Retrieved");
        export.File($"other-package/connectedApps/{app.Name}.connectedApp-meta.xml", app.Xml.ToXml());
        var finding = export.Scan().Finding("REFRESH-IP-ALLOWLIST", "Twice_Retrieved");

        finding.Status.Should().BeOneOf(NotApplicable, NotEvaluated);
    }

    [TestCase(EcaFile.GlobalOauth, ".ecaGlblOauth", "ExtlClntAppGlobalOauthSettings")]
    [TestCase(EcaFile.OauthPolicies, ".ecaOauthPlcy", "ExtlClntAppOauthConfigurablePolicies")]
    [TestCase(EcaFile.OauthSettings, ".ecaOauth", "ExtlClntAppOauthSettings")]
    public void The_message_for_a_missing_External_Client_App_file_says_how_to_retrieve_it(EcaFile missing, string suffix, string metadataType)
    {
        using var export = new TestExport();
        export.Eca("Partial").Without(missing);
        var outcome = export.Scan();

        // REFRESH-IP-ALLOWLIST lives in no retrievable file; JWT-ACCESS-TOKEN-TIMEOUT, with the JWT switch unknown,
        // reports the policies' missing timeout instead (listed as questionable).
        var notEvaluated = outcome.Findings
            .Where(f => f.App == "Partial" && f.Status == NotEvaluated && f.RuleId is not ("REFRESH-IP-ALLOWLIST" or "JWT-ACCESS-TOKEN-TIMEOUT"))
            .ToList();
        notEvaluated.Should().NotBeEmpty();
        notEvaluated.Should().OnlyContain(f => f.Message.Contains(suffix, StringComparison.Ordinal) && f.Message.Contains($"--metadata {metadataType}", StringComparison.Ordinal));
    }
}
