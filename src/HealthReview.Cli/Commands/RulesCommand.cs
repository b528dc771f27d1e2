using System.CommandLine;
using System.Globalization;
using HealthReview.Engine.Config;
using HealthReview.Engine.Rules;
using Spectre.Console;

namespace HealthReview.Cli.Commands;

/// <summary><c>healthreview rules list | show ID | validate DIR</c>.</summary>
public sealed class RulesCommand
{
    private readonly CliEnvironment environment;

    public RulesCommand(CliEnvironment environment)
    {
        this.environment = environment;
    }

    public Command Build()
    {
        var command = new Command("rules", "List, show and validate the control catalogue");
        var rulesDir = new Option<string?>("--rules") { Description = "a folder of extra rule files to include" };

        var markdown = new Option<bool>("--markdown") { Description = "print a Markdown table (the README's control table is made with it)" };
        var list = new Command("list", "List every control");
        list.Options.Add(rulesDir);
        list.Options.Add(markdown);
        list.SetAction((parse, _) =>
        {
            var catalog = RuleSetup.LoadCatalog(parse.GetValue(rulesDir), environment.Error);
            return Task.FromResult((int)(parse.GetValue(markdown) ? Markdown(catalog) : List(catalog)));
        });

        var id = new Argument<string>("ID") { Description = "a rule id, e.g. PKCE-REQUIRED" };
        var show = new Command("show", "Show a control's full text");
        show.Arguments.Add(id);
        show.Options.Add(rulesDir);
        show.SetAction((parse, _) => Task.FromResult((int)Show(RuleSetup.LoadCatalog(parse.GetValue(rulesDir), environment.Error), parse.GetValue(id)!)));

        var dir = new Argument<string>("DIR") { Description = "a folder of rule files" };
        var validate = new Command("validate", "Check a folder of rule files without scanning");
        validate.Arguments.Add(dir);
        validate.SetAction((parse, _) => Task.FromResult((int)Validate(parse.GetValue(dir)!)));

        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        command.Subcommands.Add(validate);
        return command;
    }

    private ExitCode List(RuleCatalog catalog)
    {
        var console = ConsoleFactory.Create(environment);
        // Ids never wrap: they are what a reader copies into --rules files, acceptances and greps.
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("Id").NoWrap()).AddColumn("Control").AddColumn("Applies to").AddColumn("CVSS range").AddColumn("Source");
        foreach (var rule in catalog.Rules)
        {
            table.AddRow(
                Markup.Escape(rule.Id),
                Markup.Escape(rule.Title),
                string.Join(", ", rule.AppliesTo),
                Markup.Escape(string.Join("; ", rule.Risk.Select(r => string.Create(CultureInfo.InvariantCulture, $"{Short(r.Key)} {r.Value.Range.Min:0.0}–{r.Value.Range.Max:0.0}")).Distinct())),
                rule.RiskSource == "shr" ? "Salesforce SHR" : "HealthReview");
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"Catalogue: {catalog.Version}"));
        return ExitCode.Success;
    }

    private ExitCode Markdown(RuleCatalog catalog)
    {
        environment.Out.Write(ControlTable.Render(catalog));
        return ExitCode.Success;
    }

    private ExitCode Show(RuleCatalog catalog, string id)
    {
        var rule = catalog.Find(id) ?? throw new UsageException($"no rule '{id}'; run 'healthreview rules list'");
        var info = RuleInfoMapper.Map(rule, RuleEvaluatorThresholds(rule));
        var o = environment.Out;
        o.WriteLine($"{info.Id} — {info.Title} (revision {info.Revision.ToString(CultureInfo.InvariantCulture)})");
        o.WriteLine($"Applies to: {string.Join(", ", info.Kinds.Select(k => k.Kind))}");
        foreach (var kind in info.Kinds.Where(k => k.ControlName is not null))
        {
            o.WriteLine($"Salesforce control ({kind.Kind}): {kind.ControlName}");
        }

        o.WriteLine($"Recommended: {info.Recommended}");
        Section(o, "Control overview", info.Overview);
        Section(o, "Security risk if not configured", info.SecurityRisk);
        Section(o, "Threat scenarios", info.ThreatScenarios);
        Section(o, "Risk impact considerations", info.RiskImpact);
        Section(o, "Higher risk when", info.HigherRiskWhen);
        Section(o, "Low risk when", info.LowRiskWhen);
        Section(o, "Business and integration considerations", info.BusinessConsiderations);
        o.WriteLine();
        o.WriteLine($"Estimated CVSS ({(info.RiskSource == "shr" ? "Salesforce Security Health Review" : "HealthReview")}{(info.RiskSourceNote is null ? string.Empty : ": " + info.RiskSourceNote)}):");
        foreach (var kind in info.Kinds)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Kind}: {kind.Range.Min:0.0}–{kind.Range.Max:0.0}, base vector {kind.Vector} = {kind.BaseScore:0.0}{(kind.Vector4 is null ? string.Empty : $", {kind.Vector4}")}"));
        }

        foreach (var (name, value) in info.Thresholds)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Threshold {name}: {value:0.##}"));
        }

        o.WriteLine();
        o.WriteLine("Remediation:");
        foreach (var kind in info.Kinds)
        {
            if (kind.Setup is not null)
            {
                o.WriteLine($"  {kind.Kind}, in Setup: {kind.Setup}");
            }

            if (kind.MetadataChange is not null)
            {
                o.WriteLine($"  {kind.Kind}, in {kind.MetadataFile}:");
                foreach (var line in kind.MetadataChange.Split('\n'))
                {
                    o.WriteLine("      " + line);
                }
            }
        }

        if (info.Compliance.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Compliance: " + string.Join("; ", info.Compliance.Select(c => $"{c.Key}: {string.Join(", ", c.Value)}")));
        }

        if (info.References.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("References:");
            foreach (var reference in info.References)
            {
                o.WriteLine($"  {reference.Title} — {reference.Url}");
            }
        }

        return ExitCode.Success;
    }

    private ExitCode Validate(string directory)
    {
        var (rules, errors) = RuleCatalogLoader.Validate(directory);
        foreach (var error in errors)
        {
            environment.Error.WriteLine($"healthreview: {error.Message}");
        }

        if (errors.Count > 0)
        {
            return ExitCode.UsageError;
        }

        environment.Out.WriteLine($"{rules.Count} rule{(rules.Count == 1 ? string.Empty : "s")} valid: {string.Join(", ", rules.Select(r => r.Id))}");
        return ExitCode.Success;
    }

    private static IReadOnlyDictionary<string, double> RuleEvaluatorThresholds(RuleDefinition rule) =>
        Engine.Evaluation.RuleEvaluator.EffectiveThresholds(rule, ScanConfig.Empty);

    private static string Short(Core.Model.AppKind kind) => kind switch
    {
        Core.Model.AppKind.ExternalClientApp => "ECA",
        Core.Model.AppKind.ConnectedApp => "CA",
        _ => "Org",
    };

    private static void Section(TextWriter o, string title, string text)
    {
        o.WriteLine();
        o.WriteLine(title + ":");
        o.WriteLine("  " + text.Trim());
    }

}
