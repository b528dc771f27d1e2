namespace HealthReview.Core.Model;

/// <summary>A trusted IP range: ECA <c>trustedIpRanges</c> (startIpAddress/endIpAddress) or Connected App <c>ipRanges</c> (start/end). Addresses stay text; the rules parse them.</summary>
public sealed record IpRange(Setting<string> Start, Setting<string> End, Setting<string> Description, SourceLocation Location);
