namespace HealthReview.Synthetic;

/// <summary>
/// Writes one External Client App as 3–5 files: header, OAuth settings and OAuth policies always; global OAuth
/// settings (88%) and plugin policies (92%) usually. File names follow the UI pattern (<c>_glbloauth</c>, …) for 65%
/// of apps and are arbitrary (as Metadata-API-created apps have) for the rest.
/// </summary>
internal static class EcaGenerator
{
    private static readonly string[] GlobalSuffixes = ["Global", "GlblOAuth", "GlobalSettings", "OauthGlobal"];
    private static readonly string[] SettingsSuffixes = ["Settings", "OAuth", "OauthSettings"];
    private static readonly string[] PolicySuffixes = ["Policies", "OauthPolicy", "Policy"];
    private static readonly string[] PluginSuffixes = ["Plugins", "AppPolicy", "ConfigPolicies"];

    public static IReadOnlyList<GeneratedFile> Generate(DeterministicRandom random, AppIdentity app, string orgId)
    {
        var quality = Quality.Draw(random);
        var uiNames = random.Chance(0.65);
        var hasGlobal = random.Chance(0.88);
        var hasPlugins = random.Chance(0.92);
        var shape = Shape.Draw(random, quality);

        string Member(string uiSuffix, string[] arbitrarySuffixes) =>
            uiNames ? app.Name + uiSuffix : app.CamelName + random.Pick(arbitrarySuffixes);

        var files = new List<GeneratedFile>(5) { Header(random, app, orgId) };
        if (hasGlobal)
        {
            var member = Member("_glbloauth", GlobalSuffixes);
            files.Add(Global(random, app, quality, shape, member, uiNames ? member : app.CamelName + "globalset"));
        }

        files.Add(OauthSettings(random, app, quality, shape, Member("_oauth", SettingsSuffixes), orgId));
        files.Add(OauthPolicies(random, app, quality, shape, Member("_oauthPlcy", PolicySuffixes)));
        if (hasPlugins)
        {
            files.Add(Plugins(random, app, Member("_plcy", PluginSuffixes)));
        }

        return files;
    }

    private static GeneratedFile Header(DeterministicRandom random, AppIdentity app, string orgId)
    {
        var xml = new MetadataXml("ExternalClientApplication")
            .Element("contactEmail", random.Pick(Vocabulary.Teams) + "@synthetic-org.example")
            .Optional("description", random.Chance(0.4) ? $"{app.Area} {app.Kind} (synthetic test data)." : null)
            .Element("distributionState", random.Chance(0.92) ? "Local" : "Packaged")
            .Element("isProtected", false)
            .Element("label", app.Label)
            .Element("orgScopedExternalApp", $"{orgId}:{app.Name}");
        return new GeneratedFile(MetadataKind.ExternalClientApplication, app.Name, xml.Complete());
    }

    private static GeneratedFile Global(
        DeterministicRandom random, AppIdentity app, Quality quality, Shape shape, string member, string label)
    {
        var xml = new MetadataXml("ExtlClntAppGlobalOauthSettings")
            .Element("callbackUrl", quality.Good(random)
                ? FakeValues.GoodCallback(random, app.Area)
                : FakeValues.BadCallback(random, app.Area))
            .Optional("certificate", shape.JwtBearer ? FakeValues.CertificatePem(random) : null)
            .Element("consumerKey", FakeValues.ConsumerKey(random))
            .Optional("consumerSecret", random.Chance(0.01) ? FakeValues.FakeConsumerSecret(random) : null)
            .Element("externalClientApplication", app.Name);
        if (shape.OpenId || random.Chance(0.1))
        {
            xml.Open("idTokenConfig")
                .Optional("idTokenAudience", quality.Good(random) ? $"https://{FakeValues.Host(random, app.Area)}" : null)
                .Element("idTokenIncludeAttributes", random.Chance(0.2))
                .Element("idTokenIncludeStandardClaims", random.Chance(0.8))
                .Element("idTokenValidityInMinutes", quality.Good(random) ? 2 : random.Pick(Vocabulary.IdTokenValidityBad))
                .Close();
        }

        xml.Element("isClientCredentialsFlowEnabled", shape.ClientCredentials)
            .Element("isCodeCredFlowEnabled", shape.CodeCredentials)
            .Element("isCodeCredPostOnly", shape.CodeCredentials && quality.Good(random))
            .Element("isConsumerSecretOptional", !quality.Good(random))
            .Element("isDeviceFlowEnabled", !quality.Good(random) && random.Chance(0.3))
            .Element("isIntrospectAllTokens", !quality.Good(random) && random.Chance(0.4))
            .Element("isNamedUserJwtEnabled", shape.NamedUserJwt)
            .Element("isPkceRequired", quality.Good(random))
            .Element("isRefreshTokenRotationEnabled", quality.Good(random))
            .Element("isSecretRequiredForRefreshToken", quality.Good(random))
            .Element("isSecretRequiredForTokenExchange", !shape.TokenExchange || quality.Good(random))
            .Element("isTokenExchangeEnabled", shape.TokenExchange)
            .Element("label", label)
            .Element("shouldRotateConsumerKey", false)
            .Element("shouldRotateConsumerSecret", false);
        return new GeneratedFile(MetadataKind.GlobalOauth, member, xml.Complete());
    }

    private static GeneratedFile OauthSettings(
        DeterministicRandom random, AppIdentity app, Quality quality, Shape shape, string member, string orgId)
    {
        var xml = new MetadataXml("ExtlClntAppOauthSettings")
            .Element("commaSeparatedOauthScopes", string.Join(", ", shape.Scopes));
        if (random.Chance(0.1))
        {
            xml.Open("customAttributes")
                .Element("formula", random.Chance(0.5) ? "User.FederationIdentifier" : "User.Department")
                .Element("key", random.Chance(0.5) ? "federation_id" : "department")
                .Close();
        }

        xml.Element("externalClientApplication", app.Name)
            .Element("isFirstPartyAppEnabled", false)
            .Element("label", member)
            .Element("oauthLink", FakeValues.OauthLink(random, orgId));
        if (random.Chance(0.25))
        {
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                var (start, end) = FakeValues.IpRange(random, quality.Good(random));
                xml.Open("trustedIpRanges")
                    .Element("description", $"{app.Area} egress {i + 1}")
                    .Element("endIpAddress", end)
                    .Element("startIpAddress", start)
                    .Close();
            }
        }

        return new GeneratedFile(MetadataKind.OauthSettings, member, xml.Complete());
    }

    private static GeneratedFile OauthPolicies(
        DeterministicRandom random, AppIdentity app, Quality quality, Shape shape, string member)
    {
        var adminApproved = quality.Good(random);
        var useProfiles = random.Chance(0.4);
        var xml = new MetadataXml("ExtlClntAppOauthConfigurablePolicies")
            .Optional("clientCredentialsFlowUser", shape.ClientCredentials && random.Chance(0.85)
                ? $"integration.{app.CamelName.ToLowerInvariant()}@synthetic-org.example"
                : null)
            .Optional("commaSeparatedCustomScopes", random.Chance(0.05) ? $"{app.Area}_Read, {app.Area}_Write" : null)
            .Optional("commaSeparatedPermissionSet", adminApproved && !useProfiles ? $"{app.Name}_Access" : null)
            .Optional("commaSeparatedProfile", adminApproved && useProfiles
                ? string.Join(", ", random.PickDistinct(Vocabulary.Profiles, random.Next(1, 3)))
                : null)
            .Element("externalClientApplication", app.Name)
            .Element("ipRelaxationPolicyType", quality.Good(random) ? "Enforce" : random.Pick(Vocabulary.EcaIpRelaxationBad))
            .Element("isClientCredentialsFlowEnabled", shape.ClientCredentials)
            .Element("isGuestCodeCredFlowEnabled", false)
            .Element("isTokenExchangeFlowEnabled", shape.TokenExchange)
            .Element("label", member);
        if (shape.NamedUserJwt && random.Chance(0.7))
        {
            xml.Element("namedUserJwtSessionTimeoutType", "Custom")
                .Element("namedUserJwtTimeout", quality.Good(random)
                    ? random.Pick(Vocabulary.JwtTimeoutGood)
                    : random.Pick(Vocabulary.JwtTimeoutBad));
        }
        else if (shape.NamedUserJwt)
        {
            xml.Element("namedUserJwtSessionTimeoutType", "UserSession");
        }

        xml.Element("permittedUsersPolicyType", adminApproved ? "AdminApprovedPreAuthorized" : "AllSelfAuthorized");
        var highAssurance = random.Chance(0.1);
        if (highAssurance)
        {
            xml.Element("policyAction", random.Chance(0.7) ? "RaiseSessionLevel" : "Block");
        }

        var (type, period, unit) = quality.Good(random)
            ? random.Pick(Vocabulary.EcaRefreshGood)
            : random.Pick(Vocabulary.EcaRefreshBad);
        xml.Element("refreshTokenPolicyType", type);
        if (period is { } days && unit is not null)
        {
            xml.Element("refreshTokenValidityPeriod", days).Element("refreshTokenValidityUnit", unit);
        }

        xml.Element("requiredSessionLevel", highAssurance ? "HIGH_ASSURANCE" : "STANDARD");
        if (random.Chance(0.5))
        {
            xml.Element("sessionTimeoutInMinutes", quality.Good(random)
                ? random.Pick(Vocabulary.SessionTimeoutGood)
                : random.Pick(Vocabulary.SessionTimeoutBad));
        }

        return new GeneratedFile(MetadataKind.OauthPolicies, member, xml.Complete());
    }

    private static GeneratedFile Plugins(DeterministicRandom random, AppIdentity app, string member)
    {
        var xml = new MetadataXml("ExtlClntAppConfigurablePolicies")
            .Element("externalClientApplication", app.Name)
            .Element("isEnabled", random.Chance(0.97))
            .Element("isOauthPluginEnabled", random.Chance(0.97))
            .Element("label", member)
            .Element("startPage", "None");
        return new GeneratedFile(MetadataKind.Policies, member, xml.Complete());
    }

    /// <summary>Decisions shared by several files of one app.</summary>
    private sealed record Shape(
        IReadOnlyList<string> Scopes,
        bool OpenId,
        bool JwtBearer,
        bool ClientCredentials,
        bool CodeCredentials,
        bool TokenExchange,
        bool NamedUserJwt)
    {
        public static Shape Draw(DeterministicRandom random, Quality quality)
        {
            var integration = random.Chance(0.25);
            var scopes = ScopeSets.Draw(random, quality, Vocabulary.EcaScopeOrder, Vocabulary.EcaExtraScopes, allowOfflineAccess: true);
            return new Shape(
                scopes,
                scopes.Contains("OpenID"),
                JwtBearer: integration ? random.Chance(0.6) : random.Chance(0.05),
                ClientCredentials: integration ? random.Chance(0.5) : random.Chance(0.03),
                CodeCredentials: random.Chance(0.06),
                TokenExchange: random.Chance(0.08),
                NamedUserJwt: random.Chance(integration ? 0.3 : 0.08));
        }
    }
}
