using System.IO.Enumeration;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Walks the blob folders in the ordinal order of blob names, skipping whole folders that lie
/// before the continuation, so a page costs the folders on its path rather than the whole tree.
/// </summary>
/// <remarks>
/// Within a folder, a blob file sorts by its segment ("b") and a subfolder by its segment and a
/// slash ("b/"): every name below a folder starts with that key, so visiting entries in that order,
/// depth first, yields names in ordinal order ("a/b" &lt; "a/b-x" &lt; "a/b/c" &lt; "a/b0").
/// </remarks>
internal static class BlobFileLister
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Up to <paramref name="count"/> names that start with <paramref name="prefix"/> and sort after <paramref name="after"/>.</summary>
    public static List<string> Take(BlobFileLayout layout, string prefix, string? after, int count)
    {
        var slash = prefix.LastIndexOf('/');
        var folderName = prefix[..(slash + 1)];
        var names = new List<string>(Math.Min(count, 1024));
        Walk(layout.FolderOf(folderName), folderName, prefix[(slash + 1)..], after, names, count);
        return names;
    }

    /// <returns>False once <paramref name="count"/> names are collected.</returns>
    private static bool Walk(string folder, string folderName, string stem, string? after, List<string> names, int count)
    {
        List<(string Key, bool IsFolder)> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<(string Key, bool IsFolder)>(folder, ToEntry, Options) { ShouldIncludePredicate = IsBlobOrFolder }];
        }
        catch (DirectoryNotFoundException)
        {
            return true;
        }

        entries.Sort(static (left, right) => string.CompareOrdinal(left.Key, right.Key));
        foreach (var (key, isFolder) in entries)
        {
            if (!key.StartsWith(stem, StringComparison.Ordinal))
            {
                continue;
            }

            var name = folderName + key;
            if (!isFolder)
            {
                if (after is null || string.CompareOrdinal(name, after) > 0)
                {
                    names.Add(name);
                    if (names.Count == count)
                    {
                        return false;
                    }
                }
            }
            else if (after is null || string.CompareOrdinal(name, after) > 0 || after.StartsWith(name, StringComparison.Ordinal))
            {
                // Otherwise every name below sorts before the continuation: skip the folder.
                if (!Walk(Path.Combine(folder, key[..^1]), name, string.Empty, after, names, count))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static (string Key, bool IsFolder) ToEntry(ref FileSystemEntry entry) => entry.IsDirectory
        ? (entry.FileName.ToString() + "/", true)
        : (BlobFileLayout.SegmentOfFile(entry.FileName)!, false);

    private static bool IsBlobOrFolder(ref FileSystemEntry entry)
    {
        if (entry.IsDirectory)
        {
            return IsSegment(entry.FileName);
        }

        var segment = BlobFileLayout.SegmentOfFile(entry.FileName);
        return segment is not null && IsSegment(segment);
    }

    private static bool IsSegment(ReadOnlySpan<char> segment) =>
        !segment.Contains('/') && BlobArguments.IsValidName(segment.ToString());
}
