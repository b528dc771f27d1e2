namespace HealthReview.Core.Model;

/// <summary>
/// IP relaxation for OAuth access. ECA spells these <c>Enforce</c>, <c>Bypass</c>, <c>Bypass_2factor</c>,
/// <c>Enforce_RelaxRefresh</c>; Connected Apps spell them in upper case. Both are read case-insensitively into this enum.
/// </summary>
public enum IpRelaxationPolicy
{
    Enforce,
    Bypass,
    BypassTwoFactor,
    EnforceRelaxRefresh,
}
