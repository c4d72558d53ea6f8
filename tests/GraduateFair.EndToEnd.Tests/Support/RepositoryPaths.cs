namespace GraduateFair.EndToEnd.Tests.Support;

/// <summary>Where the repository and the things these tests need lie.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebDist => Path.Combine(Root, "web", "dist");

    public static string AxeScript => Path.Combine(Root, "tests", "node", "node_modules", "axe-core", "axe.min.js");

    public static string DocsScreenshots => Path.Combine(Root, "docs", "screenshots");

    /// <summary>The server's build output of the same configuration as this test assembly.</summary>
    public static string ServerDll()
    {
        // This assembly lives in tests/GraduateFair.EndToEnd.Tests/bin/{Configuration}/{tfm}/.
        var tfmDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmDirectory.Parent?.Name ?? "Debug";
        var path = Path.Combine(Root, "src", "GraduateFair.Server", "bin", configuration, tfmDirectory.Name, "GraduateFair.Server.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The server is not built at {path}: build GraduateFair.sln (-c {configuration}) first.");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraduateFair.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GraduateFair.sln not found above " + AppContext.BaseDirectory);
    }
}
