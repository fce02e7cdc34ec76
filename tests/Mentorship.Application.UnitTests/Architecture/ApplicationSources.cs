namespace Mentorship.Application.UnitTests.Architecture;

/// <summary>The C# files of src/Mentorship.Application, found from the solution folder above the test assembly.</summary>
internal static class ApplicationSources
{
    public static string Root { get; } = FindSolutionFolder();

    public static string Folder { get; } = Path.Combine(Root, "src", "Mentorship.Application");

    /// <summary>The project's source files, as paths relative to its folder.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public static int Lines(string relativePath) => File.ReadAllLines(Path.Combine(Folder, relativePath)).Length;

    private static string FindSolutionFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mentorship.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Mentorship.sln above {AppContext.BaseDirectory}.");
    }
}
