using System.Globalization;

namespace HealthReview.Synthetic.Cli;

/// <summary>Parsed arguments of <c>synth-export OUTDIR --apps N [--seed S] [--layout sfdx|mdapi]</c>.</summary>
internal sealed record CommandLine(string OutputDirectory, SyntheticExportOptions Options)
{
    public const string Usage =
        "usage: synth-export OUTDIR --apps N [--seed S] [--layout sfdx|mdapi]\n" +
        "  Writes a synthetic Salesforce export (External Client Apps and Connected Apps) into OUTDIR,\n" +
        "  which must not exist or be empty. Same N, S and layout -> byte-identical output.\n" +
        "  --apps N      number of apps, 0-1000000\n" +
        "  --seed S      generator seed (integer, default 1)\n" +
        "  --layout L    sfdx (default: sfdx-project.json + force-app/main/default) or\n" +
        "                mdapi (unpackaged/package.xml + unpackaged/<folder>/<Name>.<suffix>)\n";

    /// <summary>Parses the arguments; on failure returns null and sets <paramref name="error"/>.</summary>
    public static CommandLine? TryParse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? outputDirectory = null;
        int? apps = null;
        var seed = 1;
        var layout = ExportLayout.Sfdx;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--apps":
                case "--seed":
                case "--layout":
                    if (i + 1 >= args.Count)
                    {
                        error = $"{arg} needs a value";
                        return null;
                    }

                    var value = args[++i];
                    if (arg == "--layout")
                    {
                        if (!TryParseLayout(value, out layout))
                        {
                            error = $"--layout must be sfdx or mdapi, not '{value}'";
                            return null;
                        }
                    }
                    else if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    {
                        error = $"{arg} must be an integer, not '{value}'";
                        return null;
                    }
                    else if (arg == "--apps")
                    {
                        apps = number;
                    }
                    else
                    {
                        seed = number;
                    }

                    break;
                default:
                    if (arg.StartsWith('-') || outputDirectory is not null)
                    {
                        error = $"unexpected argument '{arg}'";
                        return null;
                    }

                    outputDirectory = arg;
                    break;
            }
        }

        if (outputDirectory is null || apps is null)
        {
            error = outputDirectory is null ? "OUTDIR is required" : "--apps is required";
            return null;
        }

        if (apps is < 0 or > SyntheticExportOptions.MaxAppCount)
        {
            error = $"--apps must be between 0 and {SyntheticExportOptions.MaxAppCount.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }

        return new CommandLine(outputDirectory, new SyntheticExportOptions { AppCount = apps.Value, Seed = seed, Layout = layout });
    }

    private static bool TryParseLayout(string value, out ExportLayout layout)
    {
        switch (value.ToUpperInvariant())
        {
            case "SFDX":
                layout = ExportLayout.Sfdx;
                return true;
            case "MDAPI":
                layout = ExportLayout.Mdapi;
                return true;
            default:
                layout = ExportLayout.Sfdx;
                return false;
        }
    }
}
