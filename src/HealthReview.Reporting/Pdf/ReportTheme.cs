using HealthReview.Core.Cvss;
using HealthReview.Core.Results;
using HealthReview.Pdf.Typography;
using SkiaSharp;

namespace HealthReview.Reporting.Pdf;

/// <summary>
/// The report's restrained palette and type scale: one navy for structure, greys for text and rules, and severity
/// colours that only ever appear next to their word.
/// </summary>
internal static class ReportTheme
{
    public static readonly SKColor Navy = new(0xFF1B3A5C);
    public static readonly SKColor NavyLight = new(0xFFE7EDF4);
    public static readonly SKColor Ink = new(0xFF1F2933);
    public static readonly SKColor Muted = new(0xFF52606D);
    public static readonly SKColor Faint = new(0xFF9AA5B1);
    public static readonly SKColor Rule = new(0xFFD3D9E0);
    public static readonly SKColor Panel = new(0xFFF5F7FA);
    public static readonly SKColor Code = new(0xFFEEF1F4);
    public static readonly SKColor White = SKColors.White;

    public static readonly SKColor Critical = new(0xFF8E1B1B);
    public static readonly SKColor High = new(0xFFC2410C);
    public static readonly SKColor Medium = new(0xFFA16207);
    public static readonly SKColor Low = new(0xFF2F6690);
    public static readonly SKColor Pass = new(0xFF2F7D4F);
    public static readonly SKColor Waived = new(0xFF5B4B8A);
    public static readonly SKColor NotEvaluated = new(0xFF6B7785);

    public static readonly TextStyle Body = new() { Size = 9, Color = Ink, LineHeight = 1.38f };
    public static readonly TextStyle BodyBold = Body.AsBold();
    public static readonly TextStyle Small = new() { Size = 7.5f, Color = Muted, LineHeight = 1.35f };
    public static readonly TextStyle SmallBold = Small.AsBold();
    public static readonly TextStyle Label = new() { Size = 7, Color = Muted, Bold = true, LineHeight = 1.35f };
    public static readonly TextStyle Mono = new() { Size = 7.5f, Color = Ink, LineHeight = 1.4f };
    public static readonly TextStyle TableHeader = new() { Size = 7.5f, Color = White, Bold = true, LineHeight = 1.3f };
    public static readonly TextStyle TableBody = new() { Size = 8, Color = Ink, LineHeight = 1.32f };
    public static readonly TextStyle TableBodyBold = TableBody.AsBold();
    public static readonly TextStyle H1 = new() { Size = 19, Color = Navy, Bold = true, LineHeight = 1.2f };
    public static readonly TextStyle H2 = new() { Size = 12.5f, Color = Navy, Bold = true, LineHeight = 1.25f };
    public static readonly TextStyle H3 = new() { Size = 9.5f, Color = Navy, Bold = true, LineHeight = 1.3f };
    public static readonly TextStyle Chip = new() { Size = 7, Color = White, Bold = true, LineHeight = 1.3f };

    public static SKColor Severity(CvssSeverity severity) => severity switch
    {
        CvssSeverity.Critical => Critical,
        CvssSeverity.High => High,
        CvssSeverity.Medium => Medium,
        CvssSeverity.Low => Low,
        _ => NotEvaluated,
    };

    public static SKColor Status(FindingStatus status, CvssSeverity severity) => status switch
    {
        FindingStatus.Fail => Severity(severity),
        FindingStatus.Pass => Pass,
        FindingStatus.Waived => Waived,
        _ => NotEvaluated,
    };

    /// <summary>The band colour of a posture score, from Very Poor (red) to Excellent (green), muted for print.</summary>
    public static SKColor Grade(double? score) => score switch
    {
        null => NotEvaluated,
        >= 90 => new SKColor(0xFF2F7D4F),
        >= 80 => new SKColor(0xFF5C8F3A),
        >= 70 => new SKColor(0xFFA16207),
        >= 55 => new SKColor(0xFFC2410C),
        _ => new SKColor(0xFF8E1B1B),
    };
}
