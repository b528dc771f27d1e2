namespace HealthReview.Core.Model;

public enum TokenValidityUnit
{
    Hours,
    Days,
    Months,
}
