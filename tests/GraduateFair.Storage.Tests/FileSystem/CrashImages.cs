namespace GraduateFair.Storage.Tests.FileSystem;

/// <summary>
/// Copies of a store's data directory taken while it is open and idle: what the disk would hold
/// after a crash at that moment if every write so far had reached it. Tests combine parts of
/// several images to stand for writes that did not.
/// </summary>
internal static class CrashImages
{
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            if (Path.GetFileName(file) == ".lock")
            {
                // Held by the open store; a lock is no part of what a crash leaves.
                continue;
            }

            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    /// <summary>Replaces a folder of an image with the same folder of another image.</summary>
    public static void ReplaceFolder(string image, string otherImage, string folder)
    {
        var target = Path.Combine(image, folder);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Copy(Path.Combine(otherImage, folder), target);
    }

    /// <summary>The files below <paramref name="root"/>, as paths relative to it, in ordinal order.</summary>
    public static List<string> Files(string root)
    {
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(root, path)).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
