namespace HealthReview.Core.Model;

public enum EcaDistributionState
{
    AutoInstalled,
    Local,
    Managed,
    Packaged,
}
