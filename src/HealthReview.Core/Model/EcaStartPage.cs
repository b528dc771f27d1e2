namespace HealthReview.Core.Model;

public enum EcaStartPage
{
    Custom,
    None,
    OAuth,
}
