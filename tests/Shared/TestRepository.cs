namespace GraduateFair.Tests.Shared;

/// <summary>The repository the tests run from (the folder holding GraduateFair.sln). Shared as a linked source file.</summary>
internal static class TestRepository
{
    public static string Root { get; } = FindRoot();

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
