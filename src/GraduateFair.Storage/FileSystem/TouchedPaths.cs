namespace GraduateFair.Storage.FileSystem;

/// <summary>The blob files and folders changed since the last checkpoint, tracked only where there is no <c>syncfs</c>.</summary>
internal sealed class TouchedPaths
{
    public static TouchedPaths None { get; } = new();

    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);
}
