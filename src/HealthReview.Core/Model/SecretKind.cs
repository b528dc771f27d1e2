namespace HealthReview.Core.Model;

public enum SecretKind
{
    /// <summary>A non-empty <c>consumerSecret</c> element.</summary>
    ConsumerSecret,

    /// <summary>A PEM private key block (<c>-----BEGIN … PRIVATE KEY-----</c>) anywhere in a file.</summary>
    PrivateKey,
}
