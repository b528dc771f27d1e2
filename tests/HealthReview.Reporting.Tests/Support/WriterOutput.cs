using System.Text;
using HealthReview.Core.Results;

namespace HealthReview.Reporting.Tests.Support;

/// <summary>Runs a writer into memory.</summary>
public static class WriterOutput
{
    public static byte[] Bytes(IReportWriter writer, ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new MemoryStream();
        writer.Write(result, stream);
        return stream.ToArray();
    }

    /// <summary>The output as text; fails when it is not valid UTF-8 or starts with a byte-order mark.</summary>
    public static string Text(IReportWriter writer, ScanResult result)
    {
        var bytes = Bytes(writer, result);
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "reports are UTF-8 without a BOM");
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }
}
