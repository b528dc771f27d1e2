namespace HealthReview.Core.Model;

public enum SessionSecurityLevel
{
    HighAssurance,
    Standard,
    Low,
}
