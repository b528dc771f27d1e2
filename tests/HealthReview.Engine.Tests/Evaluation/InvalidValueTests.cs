using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;
using static HealthReview.Engine.Tests.Evaluation.ControlCase;

namespace HealthReview.Engine.Tests.Evaluation;

/// <summary>
/// "An unreadable or invalid input file must never produce pass for anything that depends on it" (controls.md): a
/// value that is not one the Metadata API documents makes the control notEvaluated, and the message quotes the value.
/// </summary>
public class InvalidValueTests
{
    public static IEnumerable<TestCaseData> Cases() => new[]
    {
        Eca("IP-RELAXATION", "ipRelaxationPolicyType Sometimes", e => e.Policy("ipRelaxationPolicyType", "Sometimes"), NotEvaluated, "Sometimes"),
        Ca("IP-RELAXATION", "ipRelaxation SOMETIMES", c => c.OauthPolicy("ipRelaxation", "SOMETIMES"), NotEvaluated, "SOMETIMES"),
        Eca("REFRESH-IDLE-TTL", "refreshTokenPolicyType Forever", e => e.Policy("refreshTokenPolicyType", "Forever"), NotEvaluated, "Forever"),
        Eca("REFRESH-IDLE-TTL", "refreshTokenValidityUnit Weeks", e => e.Policy("refreshTokenValidityUnit", "Weeks"), NotEvaluated, "Weeks"),
        Eca("REFRESH-IDLE-TTL", "refreshTokenValidityPeriod abc", e => e.Policy("refreshTokenValidityPeriod", "abc"), NotEvaluated, "abc"),
        Eca("REFRESH-IDLE-TTL", "refreshTokenValidityPeriod 0", e => e.Policy("refreshTokenValidityPeriod", "0"), NotEvaluated, "0"),
        Eca("REFRESH-IDLE-TTL", "refreshTokenValidityPeriod -5", e => e.Policy("refreshTokenValidityPeriod", "-5"), NotEvaluated, "-5"),
        Ca("REFRESH-IDLE-TTL", "specific_lifetime:abc:WEEKS", c => c.OauthPolicy("refreshTokenPolicy", "specific_lifetime:abc:WEEKS"), NotEvaluated, "specific_lifetime:abc:WEEKS"),
        Ca("REFRESH-IDLE-TTL", "specific_inactivity:-5:DAYS", c => c.OauthPolicy("refreshTokenPolicy", "specific_inactivity:-5:DAYS"), NotEvaluated, "specific_inactivity:-5:DAYS"),
        Ca("REFRESH-IDLE-TTL", "sometimes", c => c.OauthPolicy("refreshTokenPolicy", "sometimes"), NotEvaluated, "sometimes"),
        Eca("PERMITTED-USERS-ADMIN-APPROVED", "permittedUsersPolicyType Everyone", e => e.Policy("permittedUsersPolicyType", "Everyone"), NotEvaluated, "Everyone"),
        Ca("PERMITTED-USERS-ADMIN-APPROVED", "isAdminApproved yes", c => c.OauthConfig("isAdminApproved", "yes"), NotEvaluated, "yes"),
        Eca("PKCE-REQUIRED", "isPkceRequired yes", e => e.Global("isPkceRequired", "yes"), NotEvaluated, "yes"),
        Ca("PKCE-REQUIRED", "isPkceRequired yes", c => c.OauthConfig("isPkceRequired", "yes"), NotEvaluated, "yes"),
        Eca("PKCE-REQUIRED", "isPkceRequired empty", e => e.Global("isPkceRequired", string.Empty), NotEvaluated),
        Eca("SESSION-TIMEOUT", "sessionTimeoutInMinutes soon", e => e.Policy("sessionTimeoutInMinutes", "soon"), NotEvaluated, "soon"),
        Ca("SESSION-TIMEOUT", "sessionTimeout 1h", c => c.SessionPolicy("sessionTimeout", "1h"), NotEvaluated, "1h"),
        Eca("JWT-ACCESS-TOKEN-TIMEOUT", "namedUserJwtSessionTimeoutType Forever", e => e.Global("isNamedUserJwtEnabled", "true").Policy("namedUserJwtSessionTimeoutType", "Forever").Policy("namedUserJwtTimeout", "15"), NotEvaluated, "Forever"),

        // controls.md: ID token validity values outside 1–720 are reported as invalid data.
        Eca("IDTOKEN-LIFETIME", "idTokenValidityInMinutes 0", e => e.Global("idTokenConfig/idTokenValidityInMinutes", "0"), NotEvaluated, "'0'"),
        Eca("IDTOKEN-LIFETIME", "idTokenValidityInMinutes 721", e => e.Global("idTokenConfig/idTokenValidityInMinutes", "721"), NotEvaluated, "'721'"),
        Ca("IDTOKEN-LIFETIME", "idTokenValidity 0", c => c.OauthConfig("idTokenConfig/idTokenValidity", "0"), NotEvaluated, "'0'"),
        Ca("IDTOKEN-LIFETIME", "idTokenValidity 9999", c => c.OauthConfig("idTokenConfig/idTokenValidity", "9999"), NotEvaluated, "'9999'"),
        Ca("IDTOKEN-LIFETIME", "idTokenValidity -1", c => c.OauthConfig("idTokenConfig/idTokenValidity", "-1"), NotEvaluated, "'-1'"),
    }.Select(c => c.ToTestCase());

    [TestCaseSource(nameof(Cases))]
    public void A_value_the_Metadata_API_does_not_allow_is_notEvaluated_and_quoted_never_a_pass(ControlCase row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var finding = row.Run();

        finding.Status.Should().Be(NotEvaluated, ScanOutcome.TextOf(finding));
        finding.Message.Should().Contain("not valid");
        if (row.Mentions is not null)
        {
            finding.Message.Should().Contain(row.Mentions);
        }
    }

    [Test]
    public void The_boundaries_of_the_documented_ID_token_range_are_valid_values()
    {
        using var export = new TestExport();
        export.Eca("One_Minute").Global("idTokenConfig/idTokenValidityInMinutes", "1");
        export.ConnectedApp("Twelve_Hours").OauthConfig("idTokenConfig/idTokenValidity", "720");
        var outcome = export.Scan();

        outcome.Finding("IDTOKEN-LIFETIME", "One_Minute").Status.Should().Be(Pass);
        outcome.Finding("IDTOKEN-LIFETIME", "Twelve_Hours").Status.Should().Be(Fail);
    }

    [Test]
    public void An_invalid_value_in_one_element_leaves_the_other_controls_of_the_file_evaluated()
    {
        using var export = new TestExport();
        export.ConnectedApp("Half_Broken").OauthPolicy("ipRelaxation", "SOMETIMES").OauthConfig("isPkceRequired", "false");
        var outcome = export.Scan();

        outcome.Finding("IP-RELAXATION", "Half_Broken").Status.Should().Be(NotEvaluated);
        outcome.Finding("PKCE-REQUIRED", "Half_Broken").Status.Should().Be(Fail);
        outcome.Finding("REFRESH-IDLE-TTL", "Half_Broken").Status.Should().Be(Pass);
    }
}
