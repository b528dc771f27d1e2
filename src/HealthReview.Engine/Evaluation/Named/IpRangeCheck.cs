using System.Globalization;
using System.Net;
using System.Numerics;
using HealthReview.Core.Model;

namespace HealthReview.Engine.Evaluation.Named;

/// <summary>
/// Trusted IP ranges skip identity verification for the addresses they cover, so each must be valid, ordered, narrow
/// (at most <c>maxAddresses</c>) and must not start at 0.0.0.0 or ::.
/// </summary>
public static class IpRangeCheck
{
    public static Outcome Evaluate(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var max = context.Thresholds["maxAddresses"];
        IReadOnlyList<IpRange>? ranges = context.Source.App switch
        {
            ExternalClientApp eca => eca.OauthSettings?.TrustedIpRanges,
            ConnectedApp ca => ca.Definition?.IpRanges,
            _ => null,
        };
        if (ranges is null)
        {
            FieldsOf(context, out var problem);
            return Outcome.Leaf(new Evidence(Truth.Unknown, "trustedIpRanges", "narrow ranges", "(not in export)", null, problem));
        }

        if (ranges.Count == 0)
        {
            return Outcome.Leaf(new Evidence(Truth.True, "trustedIpRanges", "narrow ranges", "(none)", null, "the app declares no trusted IP ranges"));
        }

        var evidence = ranges.Select(r => Judge(r, max)).ToList();
        var worst = evidence.FirstOrDefault(e => e.Truth == Truth.False) ?? evidence.FirstOrDefault(e => e.Truth == Truth.Unknown);
        var truth = evidence.Any(e => e.Truth == Truth.False) ? Truth.False : evidence.Any(e => e.Truth == Truth.Unknown) ? Truth.Unknown : Truth.True;
        return new Outcome(truth, evidence, worst ?? evidence[^1]);
    }

    /// <summary>The number of addresses a range spans, or a problem when it is not a valid range.</summary>
    public static (BigInteger Size, string? Problem) Measure(string? start, string? end)
    {
        if (!IPAddress.TryParse(start?.Trim(), out var first))
        {
            return (0, $"'{start}' is not a valid IP address");
        }

        if (!IPAddress.TryParse(end?.Trim(), out var last))
        {
            return (0, $"'{end}' is not a valid IP address");
        }

        if (first.AddressFamily != last.AddressFamily)
        {
            return (0, "start and end are of different address families");
        }

        var low = ToNumber(first);
        var high = ToNumber(last);
        if (low > high)
        {
            return (0, "start is after end");
        }

        return (high - low + 1, low.IsZero ? "the range includes 0.0.0.0 / ::, the whole address space from the start" : null);
    }

    private static Evidence Judge(IpRange range, double max)
    {
        var text = $"{range.Start.RawText}–{range.End.RawText}";
        var expected = string.Create(CultureInfo.InvariantCulture, $"at most {max:0} addresses (maxAddresses)");
        if (range.Start.IsInvalid || range.End.IsInvalid || range.Start.IsAbsent || range.End.IsAbsent)
        {
            return new Evidence(Truth.False, "trustedIpRanges", expected, text, range.Location, $"trusted range {text} ({range.Location}) is incomplete");
        }

        var (size, problem) = Measure(range.Start.Value, range.End.Value);
        if (problem is not null)
        {
            return new Evidence(Truth.False, "trustedIpRanges", expected, text, range.Location, $"trusted range {text} ({range.Location}): {problem}");
        }

        var ok = size <= new BigInteger(max);
        var sentence = string.Create(CultureInfo.InvariantCulture, $"trusted range {text} ({range.Location}) spans {size:N0} addresses; expected {expected}");
        return new Evidence(ok ? Truth.True : Truth.False, "trustedIpRanges", expected, string.Create(CultureInfo.InvariantCulture, $"{text} ({size:N0} addresses)"), range.Location, sentence);
    }

    private static BigInteger ToNumber(IPAddress address) => new(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    private static void FieldsOf(EvaluationContext context, out string problem)
    {
        Fields.FieldCatalog.TryGet("trustedIpRanges", out var field);
        problem = field.Read(context.Source).Problem ?? "the file holding the trusted IP ranges is not in the export";
    }

}
