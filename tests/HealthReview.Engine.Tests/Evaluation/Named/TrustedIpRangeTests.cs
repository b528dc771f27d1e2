using HealthReview.Core.Results;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation.Named;

/// <summary>
/// TRUSTED-IP-RANGES (controls.md): no range spans more than 65,536 addresses, none includes 0.0.0.0 or covers
/// everything, start ≤ end, addresses valid (IPv4 and IPv6); no ranges passes.
/// </summary>
public class TrustedIpRangeTests
{
    [TestCase("203.0.113.0", "203.0.113.255", Pass, TestName = "a /24 (256 addresses) passes")]
    [TestCase("203.0.113.7", "203.0.113.7", Pass, TestName = "a single address passes")]
    [TestCase("10.0.0.0", "10.0.255.255", Pass, TestName = "a /16 (exactly 65,536 addresses) passes")]
    [TestCase("10.0.0.0", "10.1.0.0", Fail, TestName = "65,537 addresses fail")]
    [TestCase("10.0.0.0", "10.255.255.255", Fail, TestName = "a /8 fails")]
    [TestCase("0.0.0.0", "255.255.255.255", Fail, TestName = "0.0.0.0–255.255.255.255 fails")]
    [TestCase("0.0.0.0", "0.0.0.255", Fail, TestName = "a small range that includes 0.0.0.0 fails")]
    [TestCase("203.0.113.255", "203.0.113.0", Fail, TestName = "start after end fails")]
    [TestCase("203.0.113.300", "203.0.113.310", Fail, TestName = "an invalid address fails")]
    [TestCase("not-an-ip", "203.0.113.10", Fail, TestName = "text that is no address fails")]
    [TestCase("203.0.113.0", "2001:db8::ff", Fail, TestName = "start and end of different families fail")]
    [TestCase("2001:db8::", "2001:db8::ffff", Pass, TestName = "an IPv6 range of 65,536 addresses passes")]
    [TestCase("2001:db8::1", "2001:db8::ff", Pass, TestName = "a small IPv6 range passes")]
    [TestCase("2001:db8::", "2001:db8::1:0", Fail, TestName = "an IPv6 range of 65,537 addresses fails")]
    [TestCase("2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", Fail, TestName = "an IPv6 /32 fails")]
    [TestCase("::", "::ff", Fail, TestName = "an IPv6 range that includes :: fails")]
    public void One_trusted_range_of_an_External_Client_App(string start, string end, FindingStatus expected)
    {
        using var export = new TestExport();
        export.Eca("Integration").TrustedIpRange(start, end);
        var finding = export.Scan().Finding("TRUSTED-IP-RANGES", "Integration");

        finding.Status.Should().Be(expected, finding.Message);
        finding.Message.Should().Contain(start).And.Contain(end);
    }

    [TestCase("192.0.2.32", "192.0.2.63", Pass)]
    [TestCase("0.0.0.0", "255.255.255.255", Fail)]
    [TestCase("192.0.2.63", "192.0.2.32", Fail)]
    [TestCase("2001:db8::", "2001:db8::ffff", Pass)]
    public void One_ipRanges_entry_of_a_Connected_App(string start, string end, FindingStatus expected)
    {
        using var export = new TestExport();
        export.ConnectedApp("Integration").IpRange(start, end);

        export.Scan().Finding("TRUSTED-IP-RANGES", "Integration").Status.Should().Be(expected);
    }

    [Test]
    public void Apps_without_trusted_ranges_pass()
    {
        using var export = new TestExport();
        export.Eca("No_Ranges");
        export.ConnectedApp("No_Ranges_Either");
        var outcome = export.Scan();

        outcome.Finding("TRUSTED-IP-RANGES", "No_Ranges").Status.Should().Be(Pass);
        outcome.Finding("TRUSTED-IP-RANGES", "No_Ranges_Either").Status.Should().Be(Pass);
    }

    [Test]
    public void One_broad_range_among_narrow_ones_fails_and_is_the_one_reported()
    {
        using var export = new TestExport();
        export.Eca("Mixed").TrustedIpRange("198.51.100.0", "198.51.100.255").TrustedIpRange("10.0.0.0", "10.255.255.255").TrustedIpRange("2001:db8:ac3e::1", "2001:db8:ac3e::ff");
        var finding = export.Scan().Finding("TRUSTED-IP-RANGES", "Mixed");

        finding.Status.Should().Be(Fail);
        finding.Actual.Should().StartWith("10.0.0.0–10.255.255.255");
        finding.Reasons.Where(r => r.StartsWith("Trusted range", StringComparison.Ordinal)).Should().HaveCount(3, "each range is judged and listed");
    }

    [Test]
    public void The_maxAddresses_threshold_from_the_config_file_replaces_65536()
    {
        using var export = new TestExport();
        export.Eca("Small_Limit").TrustedIpRange("203.0.113.0", "203.0.113.255");
        var config = HealthReview.Engine.Config.ScanConfigLoader.Parse("thresholds:\n  TRUSTED-IP-RANGES: { maxAddresses: 16 }\n", "healthreview.yaml", BuiltInRules.Catalog);

        var finding = export.Scan(config).Finding("TRUSTED-IP-RANGES", "Small_Limit");

        finding.Status.Should().Be(Fail);
        finding.Reasons.Should().Contain(r => r.Contains("maxAddresses = 16 (from the config file)", StringComparison.Ordinal));
    }
}
