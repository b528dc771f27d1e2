namespace HealthReview.Core.Model;

/// <summary>What happens when a session does not meet the required level.</summary>
public enum SessionPolicyAction
{
    Block,
    RaiseSessionLevel,
}
