namespace GraduateFair.Storage.Tests.AzureBlob;

/// <summary>Paths in the repository the tests run from (found by walking up to GraduateFair.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeDirectory => Path.Combine(Root, "tests", "node");

    public static string NodeBin(string tool) => Path.Combine(NodeDirectory, "node_modules", ".bin", tool);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraduateFair.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GraduateFair.sln above {AppContext.BaseDirectory}.");
    }
}
