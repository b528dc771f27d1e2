namespace HealthReview.Synthetic;

/// <summary>
/// Writes one Connected App file. Half the apps have the older shape seen in most real retrieves (no PKCE,
/// rotation, named-user-JWT or token-exchange elements: the Connected App defaults apply); the rest write every
/// boolean. Callback URLs are sometimes several, separated by line breaks.
/// </summary>
internal static class ConnectedAppGenerator
{
    public static GeneratedFile Generate(DeterministicRandom random, AppIdentity app)
    {
        var quality = Quality.Draw(random);
        var modernShape = random.Chance(0.5);
        var integration = random.Chance(0.3);
        var scopes = ScopeSets.Draw(random, quality, Vocabulary.CaScopeOrder, Vocabulary.CaExtraScopes, allowOfflineAccess: false);
        var adminApproved = quality.Good(random);
        var clientCredentials = integration ? random.Chance(0.3) : random.Chance(0.02);
        var codeCredentials = random.Chance(0.05);
        var tokenExchange = modernShape && random.Chance(0.05);

        var xml = new MetadataXml("ConnectedApp")
            .Element("contactEmail", random.Pick(Vocabulary.Teams) + "@synthetic-org.example")
            .Optional("description", random.Chance(0.4) ? $"{app.Area} {app.Kind} (synthetic test data)." : null);
        if (random.Chance(0.2))
        {
            var (start, end) = FakeValues.IpRange(random, quality.Good(random));
            xml.Open("ipRanges")
                .Element("description", $"{app.Area} office")
                .Element("end", end)
                .Element("start", start)
                .Close();
        }

        xml.Element("label", app.Label).Open("oauthConfig")
            .Element("callbackUrl", Callbacks(random, app, quality))
            .Optional("certificate", integration && random.Chance(0.6) ? FakeValues.CertificateBody(random) : null)
            .Element("consumerKey", FakeValues.ConsumerKey(random));
        if (scopes.Contains("OpenID") && (modernShape || random.Chance(0.3)))
        {
            xml.Open("idTokenConfig")
                .Optional("idTokenAudience", quality.Good(random) ? $"https://{FakeValues.Host(random, app.Area)}" : null)
                .Element("idTokenIncludeAttributes", random.Chance(0.2))
                .Element("idTokenIncludeCustomPerms", !quality.Good(random) && random.Chance(0.5))
                .Element("idTokenIncludeStandardClaims", random.Chance(0.8))
                .Element("idTokenValidity", quality.Good(random) ? 2 : random.Pick(Vocabulary.IdTokenValidityBad))
                .Close();
        }

        xml.Element("isAdminApproved", adminApproved)
            .Element("isClientCredentialEnabled", clientCredentials)
            .Element("isCodeCredentialEnabled", codeCredentials)
            .Element("isCodeCredentialPostOnly", codeCredentials && quality.Good(random))
            .Element("isConsumerSecretOptional", !quality.Good(random))
            .Element("isIntrospectAllTokens", !quality.Good(random) && random.Chance(0.4));
        if (modernShape)
        {
            xml.Element("isNamedUserJwtEnabled", random.Chance(0.05))
                .Element("isPkceRequired", quality.Good(random))
                .Element("isRefreshTokenRotationEnabled", quality.Good(random));
        }

        xml.Element("isSecretRequiredForRefreshToken", quality.Good(random));
        if (modernShape)
        {
            xml.Element("isSecretRequiredForTokenExchange", !tokenExchange || quality.Good(random))
                .Element("isTokenExchangeEnabled", tokenExchange);
        }

        xml.Optional("oauthClientCredentialUser", clientCredentials && random.Chance(0.85)
            ? $"integration.{app.CamelName.ToLowerInvariant()}@synthetic-org.example"
            : null);
        foreach (var scope in scopes)
        {
            xml.Element("scopes", scope);
        }

        xml.Close().Open("oauthPolicy")
            .Element("ipRelaxation", quality.Good(random) ? "ENFORCE" : random.Pick(Vocabulary.CaIpRelaxationBad))
            .Element("refreshTokenPolicy", quality.Good(random)
                ? random.Pick(Vocabulary.CaRefreshGood)
                : random.Pick(Vocabulary.CaRefreshBad))
            .Close();

        if (adminApproved)
        {
            if (random.Chance(0.5))
            {
                xml.Element("permissionSetName", $"{app.Name}_Access");
            }
            else
            {
                foreach (var profile in random.PickDistinct(Vocabulary.Profiles, random.Next(1, 5)))
                {
                    xml.Element("profileName", profile);
                }
            }
        }

        if (random.Chance(0.3))
        {
            xml.Open("sessionPolicy")
                .Element("sessionTimeout", quality.Good(random)
                    ? random.Pick(Vocabulary.SessionTimeoutGood)
                    : random.Pick(Vocabulary.SessionTimeoutBad))
                .Close();
        }

        return new GeneratedFile(MetadataKind.ConnectedApp, app.Name, xml.Complete());
    }

    private static string Callbacks(DeterministicRandom random, AppIdentity app, Quality quality)
    {
        var count = random.Chance(0.15) ? random.Next(2, 4) : 1;
        var urls = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var url = quality.Good(random)
                ? FakeValues.GoodCallback(random, app.Area)
                : FakeValues.BadCallback(random, app.Area);
            if (!urls.Contains(url))
            {
                urls.Add(url);
            }
        }

        return string.Join('\n', urls);
    }
}
