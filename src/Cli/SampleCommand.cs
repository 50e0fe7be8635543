using System.CommandLine;
using Wsis.Sample;

namespace Wsis.Cli;

/// <summary>`sample`: writes a synthetic publication of N items, for benchmarks and tests.</summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var items = ItemsOption(1000);
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the sample content to. It must be empty, new, or an earlier sample.", Required = true };
        var hugo = new Option<string?>("--hugo") { Description = "Also write the same publication as a Hugo site into this folder, for comparison." };
        var command = new Command("sample", $"""
            Write a synthetic publication of N items in the content format: items spread over the 11 action lines as
            priorities and roadmap rows, with SDG links, stakeholder groups and Markdown bodies. The same N always
            gives the same files. Real content is never touched: the folder must be empty, new, or an earlier sample.

            Example:
              dotnet run -- sample --items 4000 --out /tmp/sample
              dotnet run -- build --content /tmp/sample --output /tmp/sample-site
            """);
        command.Options.Add(items);
        command.Options.Add(output);
        command.Options.Add(hugo);
        command.SetAction(parse =>
        {
            var count = parse.GetValue(items);
            var sample = SampleGenerator.Generate(count);
            foreach (var (folder, files) in new[] { (parse.GetValue(output)!, ContentFormat.Files(sample)), (parse.GetValue(hugo), HugoFormat.Files(sample)) })
            {
                if (folder is null) continue;
                if (Write(folder, files) is { } error)
                {
                    Console.Error.WriteLine($"error: {error}");
                    return ExitCodes.Usage;
                }
                Console.WriteLine($"Wrote a sample of {count} items ({files.Count} files) into '{folder}'.");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    public static Option<int> ItemsOption(int defaultValue)
    {
        var option = new Option<int>("--items", "-n") { Description = $"Number of items (priorities and roadmap rows), 1 to {SampleGenerator.MaxItems}.", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > SampleGenerator.MaxItems)
                result.AddError($"--items must be from 1 to {SampleGenerator.MaxItems}.");
        });
        return option;
    }

    /// <summary>Writes the files into the folder, replacing an earlier sample; returns why it would not, or null.</summary>
    public static string? Write(string folder, IReadOnlyList<SampleFile> files)
    {
        var root = Path.GetFullPath(folder);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, ContentFormat.Marker)))
                return $"'{folder}' is not empty and was not written by 'sample'; choose a new or empty folder.";
            Directory.Delete(root, recursive: true);
        }
        foreach (var file in files)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        return null;
    }
}
