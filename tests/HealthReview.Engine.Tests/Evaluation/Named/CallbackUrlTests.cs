using HealthReview.Core.Results;
using HealthReview.Engine.Tests.Support;
using static HealthReview.Core.Results.FindingStatus;

namespace HealthReview.Engine.Tests.Evaluation.Named;

/// <summary>
/// CALLBACK-URL-SECURE (controls.md): every callback URL is https, a private-use custom scheme, or http to a loopback
/// address (RFC 8252); no wildcard, no empty URL, no javascript: or data:.
/// </summary>
public class CallbackUrlTests
{
    [TestCase("https://app.example.com/oauth/callback", Pass)]
    [TestCase("http://app.example.com/oauth/callback", Fail)]
    [TestCase("http://127.0.0.1:8787/callback", Pass)]
    [TestCase("http://127.0.0.1/callback", Pass)]
    [TestCase("http://[::1]:8787/callback", Pass)]
    [TestCase("http://localhost:1717/OauthRedirect", Fail)]
    [TestCase("com.acme.app:/cb", Pass)]
    [TestCase("https://*.example.com/callback", Fail)]
    [TestCase("https://app.example.com/*", Fail)]
    [TestCase("", Fail)]
    [TestCase("javascript:alert(document.cookie)", Fail)]
    [TestCase("data:text/html;base64,PHNjcmlwdD4=", Fail)]
    [TestCase("file:///etc/passwd", Fail)]
    public void One_callback_URL_of_an_External_Client_App_is_judged_by_its_scheme_and_host(string url, FindingStatus expected)
    {
        using var export = new TestExport();
        export.Eca("Web_App").Global("callbackUrl", url);
        var finding = export.Scan().Finding("CALLBACK-URL-SECURE", "Web_App");

        finding.Status.Should().Be(expected, finding.Message);
        if (expected == Fail)
        {
            finding.Actual.Should().Be(url.Length == 0 ? "(empty)" : url);
        }
    }

    [TestCase("https://app.example.com/cb", Pass)]
    [TestCase("http://[::1]/cb", Pass)]
    [TestCase("http://localhost/cb", Fail)]
    [TestCase("https://*.example.com/cb", Fail)]
    [TestCase("", Fail)]
    public void One_callback_URL_of_a_Connected_App_is_judged_the_same_way(string url, FindingStatus expected)
    {
        using var export = new TestExport();
        export.ConnectedApp("Web_App").OauthConfig("callbackUrl", url);

        export.Scan().Finding("CALLBACK-URL-SECURE", "Web_App").Status.Should().Be(expected);
    }

    [Test]
    public void A_Connected_App_list_with_one_bad_line_fails_and_points_at_that_line()
    {
        using var export = new TestExport();
        var app = export.ConnectedApp("Mobile").OauthConfig("callbackUrl", "com.acme.mobile:/oauth2/callback\nhttps://mobile.example.com/oauth2/callback\nhttp://mobile.example.com/oauth2/callback\nhttp://127.0.0.1:8787/oauth2/callback");
        var folder = export.Write();
        var lines = File.ReadAllLines(Path.Combine(folder, "force-app", "main", "default", "connectedApps", "Mobile.connectedApp-meta.xml"));
        var badLine = Array.FindIndex(lines, l => l.Trim() == "http://mobile.example.com/oauth2/callback") + 1;

        var finding = export.Scan().Finding("CALLBACK-URL-SECURE", app.Name);

        badLine.Should().BeGreaterThan(0);
        finding.Status.Should().Be(Fail);
        finding.Actual.Should().Be("http://mobile.example.com/oauth2/callback");
        finding.Location.Should().NotBeNull();
        finding.Location!.Path.Should().EndWith("connectedApps/Mobile.connectedApp-meta.xml");
        finding.Location.Line.Should().Be(badLine);
        finding.Message.Should().Contain($"Mobile.connectedApp-meta.xml:{badLine}");
    }

    [Test]
    public void A_Connected_App_list_of_safe_URLs_passes_and_every_URL_is_in_the_reasons()
    {
        using var export = new TestExport();
        var urls = new[] { "com.acme.mobile:/oauth2/callback", "https://mobile.example.com/oauth2/callback", "http://127.0.0.1:8787/oauth2/callback" };
        export.ConnectedApp("Mobile").OauthConfig("callbackUrl", string.Join("\n", urls));
        var finding = export.Scan().Finding("CALLBACK-URL-SECURE", "Mobile");

        finding.Status.Should().Be(Pass);
        foreach (var url in urls)
        {
            finding.Reasons.Should().Contain(r => r.Contains(url, StringComparison.Ordinal));
        }
    }

    [Test]
    public void An_External_Client_App_with_several_callback_URLs_fails_on_the_one_wildcard()
    {
        using var export = new TestExport();
        export.Eca("Portal").Global("callbackUrl", "https://portal.example.com/cb\nhttps://*.portal.example.com/cb");
        var finding = export.Scan().Finding("CALLBACK-URL-SECURE", "Portal");

        finding.Status.Should().Be(Fail);
        finding.Actual.Should().Be("https://*.portal.example.com/cb");
    }
}
