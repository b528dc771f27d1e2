namespace HealthReview.Core.Model;

public enum PermittedUsersPolicy
{
    AdminApprovedPreAuthorized,
    AllSelfAuthorized,
}
