using HealthReview.Core.Model;
using HealthReview.Core.Model.ConnectedApps;
using HealthReview.Core.Model.ExternalClientApps;

namespace HealthReview.Engine.Fields;

/// <summary>
/// The closed set of field names a rule may use (docs/rule-format.md), mapped to each app kind's metadata. A rule that
/// names anything else does not load.
/// </summary>
public static class FieldCatalog
{
    private const AppKind Eca = AppKind.ExternalClientApp;
    private const AppKind Ca = AppKind.ConnectedApp;

    /// <summary>The ID token validity Salesforce accepts, in minutes (Metadata API: "The value can be 1–720 minutes").</summary>
    private static readonly (long Min, long Max) IdTokenMinutes = (1, 720);

    private static readonly Dictionary<string, FieldDefinition> Fields = Build().ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<FieldDefinition> All => Fields.Values;

    public static bool TryGet(string name, out FieldDefinition definition) => Fields.TryGetValue(name, out definition!);

    private static IEnumerable<FieldDefinition> Build()
    {
        yield return Field("label", FieldType.String, eca: s => Header(s, (h, l) => Read(h.Label, "label", l)), ca: s => Def(s, (d, l) => Read(d.Label, "label", l)));
        yield return Field("scopes", FieldType.List,
            eca: s => OauthSettings(s, (o, l) => Read(o.Scopes, "commaSeparatedOauthScopes", l)),
            ca: s => OauthConfig(s, (o, l) => Read(o.Scopes, "oauthConfig/scopes", l), "oauthConfig/scopes"));
        yield return Field("callbackUrls", FieldType.List,
            eca: s => Global(s, (g, l) => Read(g.CallbackUrls, "callbackUrl", l)),
            ca: s => OauthConfig(s, (o, l) => Read(o.CallbackUrls, "oauthConfig/callbackUrl", l), "oauthConfig/callbackUrl"));
        yield return Field("idToken.validityMinutes", FieldType.Int,
            eca: s => WithinRange(EcaIdToken(s, "idTokenValidityInMinutes", (t, l) => Read(t.IdTokenValidityInMinutes, "idTokenConfig/idTokenValidityInMinutes", l)), IdTokenMinutes),
            ca: s => WithinRange(CaIdToken(s, "idTokenValidity", (t, l) => Read(t.IdTokenValidity, "oauthConfig/idTokenConfig/idTokenValidity", l)), IdTokenMinutes));
        yield return Field("idToken.audience", FieldType.String,
            eca: s => EcaIdToken(s, "idTokenAudience", (t, l) => Read(t.IdTokenAudience, "idTokenConfig/idTokenAudience", l)),
            ca: s => CaIdToken(s, "idTokenAudience", (t, l) => Read(t.IdTokenAudience, "oauthConfig/idTokenConfig/idTokenAudience", l)));
        yield return Field("idToken.includeStandardClaims", FieldType.Bool,
            eca: s => EcaIdToken(s, "idTokenIncludeStandardClaims", (t, l) => Read(t.IdTokenIncludeStandardClaims, "idTokenConfig/idTokenIncludeStandardClaims", l)),
            ca: s => CaIdToken(s, "idTokenIncludeStandardClaims", (t, l) => Read(t.IdTokenIncludeStandardClaims, "oauthConfig/idTokenConfig/idTokenIncludeStandardClaims", l)));
        yield return Field("idToken.includeCustomPermissions", FieldType.Bool,
            ca: s => CaIdToken(s, "idTokenIncludeCustomPerms", (t, l) => Read(t.IdTokenIncludeCustomPerms, "oauthConfig/idTokenConfig/idTokenIncludeCustomPerms", l)));
        yield return Field("idToken.includeAttributes", FieldType.Bool,
            eca: s => EcaIdToken(s, "idTokenIncludeAttributes", (t, l) => Read(t.IdTokenIncludeAttributes, "idTokenConfig/idTokenIncludeAttributes", l)),
            ca: s => CaIdToken(s, "idTokenIncludeAttributes", (t, l) => Read(t.IdTokenIncludeAttributes, "oauthConfig/idTokenConfig/idTokenIncludeAttributes", l)));
        yield return Field("customAttributes", FieldType.List,
            eca: s => EcaAttributes(s),
            ca: s => Def(s, (d, l) => Attributes(d.Attributes, "attributes", l)));
        yield return Field("pkceRequired", FieldType.Bool, eca: GlobalBool(g => g.IsPkceRequired, "isPkceRequired"), ca: OauthBool(o => o.IsPkceRequired, "isPkceRequired"));
        yield return Field("refreshTokenRotation", FieldType.Bool, eca: GlobalBool(g => g.IsRefreshTokenRotationEnabled, "isRefreshTokenRotationEnabled"), ca: OauthBool(o => o.IsRefreshTokenRotationEnabled, "isRefreshTokenRotationEnabled"));
        yield return Field("refreshTokenPolicy", FieldType.Enum, Names<RefreshTokenPolicyKind>(),
            eca: s => Policies(s, (p, l) => Read(p.RefreshTokenPolicyType, "refreshTokenPolicyType", l)),
            ca: s => OauthPolicy(s, (p, l) => Read(p.RefreshTokenPolicy, "oauthPolicy/refreshTokenPolicy", l, v => v.Kind.ToString()), "oauthPolicy/refreshTokenPolicy"));
        yield return Field("ipRelaxation", FieldType.Enum, Names<IpRelaxationPolicy>(),
            eca: s => Policies(s, (p, l) => Read(p.IpRelaxationPolicyType, "ipRelaxationPolicyType", l)),
            ca: s => OauthPolicy(s, (p, l) => Read(p.IpRelaxation, "oauthPolicy/ipRelaxation", l), "oauthPolicy/ipRelaxation"));
        yield return Field("trustedIpRanges", FieldType.List,
            eca: s => OauthSettings(s, (o, l) => Ranges(o.TrustedIpRanges, "trustedIpRanges", l)),
            ca: s => Def(s, (d, l) => Ranges(d.IpRanges, "ipRanges", l)));
        yield return Field("consumerSecretOptional", FieldType.Bool, eca: GlobalBool(g => g.IsConsumerSecretOptional, "isConsumerSecretOptional"), ca: OauthBool(o => o.IsConsumerSecretOptional, "isConsumerSecretOptional"));
        yield return Field("secretRequiredForRefreshToken", FieldType.Bool, eca: GlobalBool(g => g.IsSecretRequiredForRefreshToken, "isSecretRequiredForRefreshToken"), ca: OauthBool(o => o.IsSecretRequiredForRefreshToken, "isSecretRequiredForRefreshToken"));
        yield return Field("introspectAllTokens", FieldType.Bool, eca: GlobalBool(g => g.IsIntrospectAllTokens, "isIntrospectAllTokens"), ca: OauthBool(o => o.IsIntrospectAllTokens, "isIntrospectAllTokens"));
        yield return Field("clientCredentialsFlow", FieldType.Bool, eca: GlobalBool(g => g.IsClientCredentialsFlowEnabled, "isClientCredentialsFlowEnabled"), ca: OauthBool(o => o.IsClientCredentialEnabled, "isClientCredentialEnabled"));
        yield return Field("policy.clientCredentialsFlow", FieldType.Bool, eca: s => Policies(s, (p, l) => Read(p.IsClientCredentialsFlowEnabled, "isClientCredentialsFlowEnabled", l)));
        yield return Field("clientCredentialsUser", FieldType.String,
            eca: s => Policies(s, (p, l) => Read(p.ClientCredentialsFlowUser, "clientCredentialsFlowUser", l)),
            ca: s => OauthConfig(s, (o, l) => Read(o.OauthClientCredentialUser, "oauthConfig/oauthClientCredentialUser", l), "oauthConfig/oauthClientCredentialUser"));
        yield return Field("deviceFlow", FieldType.Bool, eca: GlobalBool(g => g.IsDeviceFlowEnabled, "isDeviceFlowEnabled"), ca: s => Def(s, (_, _) => FieldRead.Missing(
            "Enable for Device Flow",
            "Connected App metadata has no element for the device flow; check Setup → App Manager → (app) → Edit → API (Enable OAuth Settings) → \"Enable for Device Flow\", and record the answer as an attestation in healthreview.yaml")));
        yield return Field("tokenExchange", FieldType.Bool, eca: GlobalBool(g => g.IsTokenExchangeEnabled, "isTokenExchangeEnabled"), ca: OauthBool(o => o.IsTokenExchangeEnabled, "isTokenExchangeEnabled"));
        yield return Field("policy.tokenExchangeFlow", FieldType.Bool, eca: s => Policies(s, (p, l) => Read(p.IsTokenExchangeFlowEnabled, "isTokenExchangeFlowEnabled", l)));
        yield return Field("secretRequiredForTokenExchange", FieldType.Bool, eca: GlobalBool(g => g.IsSecretRequiredForTokenExchange, "isSecretRequiredForTokenExchange"), ca: OauthBool(o => o.IsSecretRequiredForTokenExchange, "isSecretRequiredForTokenExchange"));
        yield return Field("codeCredentialsFlow", FieldType.Bool, eca: GlobalBool(g => g.IsCodeCredFlowEnabled, "isCodeCredFlowEnabled"), ca: OauthBool(o => o.IsCodeCredentialEnabled, "isCodeCredentialEnabled"));
        yield return Field("codeCredentialsPostOnly", FieldType.Bool, eca: GlobalBool(g => g.IsCodeCredPostOnly, "isCodeCredPostOnly"), ca: OauthBool(o => o.IsCodeCredentialPostOnly, "isCodeCredentialPostOnly"));
        yield return Field("permittedUsers", FieldType.Enum, Names<PermittedUsersPolicy>(), eca: s => Policies(s, (p, l) => Read(p.PermittedUsersPolicyType, "permittedUsersPolicyType", l)));
        yield return Field("adminApproved", FieldType.Bool,
            eca: s => Policies(s, (p, l) => Read(p.PermittedUsersPolicyType, "permittedUsersPolicyType", l, v => (object)(v == PermittedUsersPolicy.AdminApprovedPreAuthorized))),
            ca: OauthBool(o => o.IsAdminApproved, "isAdminApproved"));
        yield return Field("sessionTimeoutMinutes", FieldType.Int,
            eca: s => Policies(s, (p, l) => Read(p.SessionTimeoutInMinutes, "sessionTimeoutInMinutes", l)),
            ca: s => CaChild(s, d => d.SessionPolicy, "sessionPolicy/sessionTimeout", (p, l) => Read(p.SessionTimeout, "sessionPolicy/sessionTimeout", l)));
        yield return Field("sessionLevel", FieldType.Enum, Names<SessionSecurityLevel>(),
            eca: s => Policies(s, (p, l) => Read(p.RequiredSessionLevel, "requiredSessionLevel", l)),
            ca: s => CaChild(s, d => d.SessionPolicy, "sessionPolicy/sessionLevel", (p, l) => Read(p.SessionLevel, "sessionPolicy/sessionLevel", l)));
        yield return Field("namedUserJwt", FieldType.Bool, eca: GlobalBool(g => g.IsNamedUserJwtEnabled, "isNamedUserJwtEnabled"), ca: OauthBool(o => o.IsNamedUserJwtEnabled, "isNamedUserJwtEnabled"));
        yield return Field("namedUserJwt.timeoutType", FieldType.Enum, Names<JwtSessionTimeoutType>(), eca: s => Policies(s, (p, l) => Read(p.NamedUserJwtSessionTimeoutType, "namedUserJwtSessionTimeoutType", l)));
        yield return Field("namedUserJwt.timeoutMinutes", FieldType.Int, eca: s => Policies(s, (p, l) => Read(p.NamedUserJwtTimeout, "namedUserJwtTimeout", l)));
        yield return Field("certificate", FieldType.Bool, eca: GlobalBool(g => g.HasCertificate, "certificate"), ca: OauthBool(o => o.HasCertificate, "certificate"));
        yield return Field("oauthPluginEnabled", FieldType.Bool, eca: EcaOauthPlugin, ca: s => Def(s, (d, l) => d.OauthConfig is null
            ? FieldRead.Of(false, "(no oauthConfig)", l, "oauthConfig")
            : FieldRead.Of(true, "(oauthConfig present)", d.OauthConfig.Location, "oauthConfig")));
        yield return OrgField("org.consumerSecretApiAccess", o => o.EnableConsumerSecretApiAccess, "enableConsumerSecretApiAccess");
        yield return OrgField("org.clientSecretRestApiAccess", o => o.EnableClientSecretInRestApiAccess, "enableClientSecretInRestApiAccess");
    }

    private static FieldDefinition Field(string name, FieldType type, Func<FieldSource, FieldRead>? eca = null, Func<FieldSource, FieldRead>? ca = null) =>
        Field(name, type, [], eca, ca);

    private static FieldDefinition Field(string name, FieldType type, IReadOnlyList<string> allowed, Func<FieldSource, FieldRead>? eca = null, Func<FieldSource, FieldRead>? ca = null)
    {
        var readers = new Dictionary<AppKind, Func<FieldSource, FieldRead>>();
        if (eca is not null)
        {
            readers[Eca] = eca;
        }

        if (ca is not null)
        {
            readers[Ca] = ca;
        }

        return new FieldDefinition(name, type, allowed, readers);
    }

    private static FieldDefinition OrgField(string name, Func<ExternalClientAppOrgSettings, Setting<bool>> select, string element) =>
        new(name, FieldType.Bool, [], new Dictionary<AppKind, Func<FieldSource, FieldRead>>
        {
            [AppKind.Org] = s => s.Snapshot.OrgSettings is { } org
                ? Read(select(org), element, org.Location)
                : FieldRead.Missing(element, "the org setting file settings/ExternalClientApp.settings (ExternalClientAppSettings) is not in the export; retrieve it with `sf project retrieve start --metadata \"Settings:ExternalClientApp\"`"),
        });

    private static string[] Names<T>()
        where T : struct, Enum => Enum.GetNames<T>();

    private static FieldRead Read<T>(Setting<T> setting, string element, SourceLocation fileLocation, Func<T, object>? convert = null) => setting.State switch
    {
        SettingState.Present => FieldRead.Of(convert is not null ? convert(setting.Value!) : Convert(setting.Value!), setting.RawText ?? string.Empty, setting.Location, element) with
        {
            ItemLocations = setting.Value is IReadOnlyList<Located<string>> items ? [.. items.Select(i => i.Location)] : [],
        },
        SettingState.Invalid => new FieldRead(FieldReadState.Invalid, null, setting.RawText, setting.Location, element, $"<{element}> '{setting.RawText}' at {setting.Location} is not valid: {setting.Problem}"),
        _ => FieldRead.Absent(element, fileLocation),
    };

    /// <summary>A whole number outside the documented range is invalid data, never a value a check may pass on.</summary>
    private static FieldRead WithinRange(FieldRead read, (long Min, long Max) range) =>
        read is { State: FieldReadState.Present, Value: long n } && (n < range.Min || n > range.Max)
            ? read with
            {
                State = FieldReadState.Invalid,
                Value = null,
                Problem = $"<{read.Element}> '{read.Display}' at {read.Location} is not valid: Salesforce allows {range.Min}–{range.Max}",
            }
            : read;

    private static object Convert<T>(T value) => value switch
    {
        bool b => b,
        int i => (long)i,
        string s => s,
        Enum e => e.ToString(),
        IReadOnlyList<Located<string>> list => list.Select(x => x.Value).ToList(),
        _ => value!,
    };

    private static FieldRead Ranges(IReadOnlyList<IpRange> ranges, string element, SourceLocation fileLocation) =>
        FieldRead.Of(
            ranges.Select(r => $"{r.Start.RawText}-{r.End.RawText}").ToList(),
            ranges.Count == 0 ? "(none)" : string.Join(", ", ranges.Select(r => $"{r.Start.RawText}–{r.End.RawText}")),
            ranges.Count > 0 ? ranges[0].Location : fileLocation,
            element);

    private static FieldRead Attributes(IReadOnlyList<CustomAttribute> attributes, string element, SourceLocation fileLocation) =>
        FieldRead.Of(
            attributes.Select(a => a.Key.RawText ?? string.Empty).ToList(),
            attributes.Count == 0 ? "(none)" : string.Join(", ", attributes.Select(a => a.Key.RawText)),
            attributes.Count > 0 ? attributes[0].Location : fileLocation,
            element);

    private static FieldRead EcaAttributes(FieldSource s)
    {
        var app = (ExternalClientApp)s.App!;
        if (app.OauthSettings is null && app.OauthPolicies is null)
        {
            return FieldRead.Missing("customAttributes", MissingEca(app, ".ecaOauth", "ExtlClntAppOauthSettings"));
        }

        var all = (app.OauthSettings?.CustomAttributes ?? []).Concat(app.OauthPolicies?.CustomAttributes ?? []).ToList();
        return Attributes(all, "customAttributes", (app.OauthSettings?.Location ?? app.OauthPolicies!.Location));
    }

    private static FieldRead EcaOauthPlugin(FieldSource s)
    {
        var app = (ExternalClientApp)s.App!;
        if (app.Policies is not { } plugins)
        {
            return FieldRead.Missing("isOauthPluginEnabled", MissingEca(app, ".ecaPlcy", "ExtlClntAppConfigurablePolicies"));
        }

        var enabled = Read(plugins.IsEnabled, "isEnabled", plugins.Location);
        var oauth = Read(plugins.IsOauthPluginEnabled, "isOauthPluginEnabled", plugins.Location);
        if (enabled.State == FieldReadState.Present && enabled.Value is false)
        {
            return enabled;
        }

        return oauth.State == FieldReadState.Absent && enabled.State == FieldReadState.Present ? enabled : oauth;
    }

    private static Func<FieldSource, FieldRead> GlobalBool(Func<EcaGlobalOauthSettings, Setting<bool>> select, string element) =>
        s => Global(s, (g, l) => Read(select(g), element, l));

    private static Func<FieldSource, FieldRead> OauthBool(Func<ConnectedAppOauthConfig, Setting<bool>> select, string element) =>
        s => OauthConfig(s, (o, l) => Read(select(o), "oauthConfig/" + element, l), "oauthConfig/" + element);

    private static FieldRead Header(FieldSource s, Func<EcaHeader, SourceLocation, FieldRead> read) =>
        EcaComponent(s, a => a.Header, ".eca", "ExternalClientApplication", read);

    private static FieldRead Global(FieldSource s, Func<EcaGlobalOauthSettings, SourceLocation, FieldRead> read) =>
        EcaComponent(s, a => a.GlobalOauth, ".ecaGlblOauth", "ExtlClntAppGlobalOauthSettings", read);

    private static FieldRead OauthSettings(FieldSource s, Func<EcaOauthSettings, SourceLocation, FieldRead> read) =>
        EcaComponent(s, a => a.OauthSettings, ".ecaOauth", "ExtlClntAppOauthSettings", read);

    private static FieldRead Policies(FieldSource s, Func<EcaOauthPolicies, SourceLocation, FieldRead> read) =>
        EcaComponent(s, a => a.OauthPolicies, ".ecaOauthPlcy", "ExtlClntAppOauthConfigurablePolicies", read);

    private static FieldRead EcaIdToken(FieldSource s, string element, Func<EcaIdTokenConfig, SourceLocation, FieldRead> read) =>
        Global(s, (g, l) => g.IdTokenConfig is { } t ? read(t, t.Location) : FieldRead.Absent("idTokenConfig/" + element, l));

    private static FieldRead EcaComponent<T>(FieldSource s, Func<ExternalClientApp, T?> select, string suffix, string type, Func<T, SourceLocation, FieldRead> read)
        where T : MetadataComponent
    {
        var app = (ExternalClientApp)s.App!;
        return select(app) is { } component ? read(component, component.Location) : FieldRead.Missing(suffix, MissingEca(app, suffix, type));
    }

    private static string MissingEca(ExternalClientApp app, string suffix, string type) =>
        app.Problems.FirstOrDefault(p => p.Contains($" {type} files", StringComparison.Ordinal))
        ?? $"the app's {suffix} file ({type}) is not in the export; retrieve it with `sf project retrieve start --metadata {type}`"
           + (type == "ExtlClntAppGlobalOauthSettings" ? " (it is often excluded by .forceignore, and reading it needs the \"View External Client Apps Consumer Secrets in Metadata\" permission)" : string.Empty);

    private static FieldRead Def(FieldSource s, Func<ConnectedAppDefinition, SourceLocation, FieldRead> read)
    {
        var app = (ConnectedApp)s.App!;
        return app.Definition is { } d
            ? read(d, d.Location)
            : FieldRead.Missing(".connectedApp", app.Problems.FirstOrDefault() ?? "the app's .connectedApp file could not be used");
    }

    private static FieldRead OauthConfig(FieldSource s, Func<ConnectedAppOauthConfig, SourceLocation, FieldRead> read, string element) =>
        CaChild(s, d => d.OauthConfig, element, read);

    private static FieldRead OauthPolicy(FieldSource s, Func<ConnectedAppOauthPolicy, SourceLocation, FieldRead> read, string element) =>
        CaChild(s, d => d.OauthPolicy, element, read);

    private static FieldRead CaIdToken(FieldSource s, string element, Func<ConnectedAppIdTokenConfig, SourceLocation, FieldRead> read) =>
        OauthConfig(s, (o, l) => o.IdTokenConfig is { } t ? read(t, t.Location) : FieldRead.Absent("oauthConfig/idTokenConfig/" + element, l), "oauthConfig/idTokenConfig/" + element);

    private static FieldRead CaChild<T>(FieldSource s, Func<ConnectedAppDefinition, T?> select, string element, Func<T, SourceLocation, FieldRead> read)
        where T : MetadataComponent =>
        Def(s, (d, l) => select(d) is { } child ? read(child, child.Location) : FieldRead.Absent(element, l));
}
