namespace HealthReview.Core.Model;

public enum JwtSessionTimeoutType
{
    UserSession,
    Custom,
}
