namespace HealthReview.Core.Model;

/// <summary>How long a refresh token lives: ECA <c>refreshTokenPolicyType</c>, or the first part of a Connected App's <c>refreshTokenPolicy</c>.</summary>
public enum RefreshTokenPolicyKind
{
    /// <summary>Immediately expire refresh token.</summary>
    Zero,

    /// <summary>Refresh token is valid until revoked.</summary>
    Infinite,

    /// <summary>Expire refresh token after a specific time.</summary>
    SpecificLifetime,

    /// <summary>Expire refresh token if not used for a specific time.</summary>
    SpecificInactivity,
}
