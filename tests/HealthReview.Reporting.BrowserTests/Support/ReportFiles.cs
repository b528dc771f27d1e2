using HealthReview.Core.Results;
using HealthReview.Reporting.Html;

namespace HealthReview.Reporting.BrowserTests.Support;

/// <summary>Writes report.html files for the browser tests under the test output folder.</summary>
public static class ReportFiles
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-reports");

    public static string Write(ScanResult result, string name, int printedRows = HtmlReportWriter.DefaultPrintedRows)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name);
        using var stream = File.Create(path);
        new HtmlReportWriter(printedRows).Write(result, stream);
        return path;
    }
}
