using System.Security.Cryptography;
using System.Text;
using HealthReview.Core.Model;

namespace HealthReview.Reporting.Sarif;

/// <summary>
/// The finding identity SARIF consumers use to follow an alert from run to run. It is built from what identifies a
/// finding in HealthReview (rule id, app kind, app name) and nothing else, so moving, renaming or reformatting a file,
/// or a changed line number, keeps the same alert.
/// </summary>
public static class SarifFingerprint
{
    /// <summary>The <c>partialFingerprints</c> key; the version suffix changes only if the recipe below changes.</summary>
    public const string Key = "healthreviewFindingId/v1";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <c>ruleId|appKind|appName</c>.</summary>
    public static string Compute(string ruleId, AppKind kind, string app)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(app);
        var identity = ruleId + "|" + kind.ToString() + "|" + app;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
