namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Where a blob lives on disk: name "a/b/c" is the file "a/b/c@.blob" under the blobs folder.
/// The '@' cannot occur in a blob name, so a blob's file never collides with the folder of the
/// blobs below its name ("a/b" and "a/b/c", or "a/b" and "a/b.blob/c", coexist).
/// </summary>
internal sealed class BlobFileLayout(string blobsRoot)
{
    public const string BlobSuffix = "@.blob";

    /// <summary>Temporary files of the store's versions before the write-ahead log, removed when a store opens.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>
    /// The longest name segment: NAME_MAX minus "@.blob" and ".tmp". Blob files are no longer written
    /// through temporary files, but the limit stays so that names valid before remain exactly the valid ones.
    /// </summary>
    public const int MaxSegmentLength = 255 - 6 - 4;

    public string BlobsRoot { get; } = blobsRoot;

    /// <summary>The file of a validated blob name.</summary>
    public string FileOf(string name)
    {
        var segmentStart = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '/')
            {
                if (i - segmentStart > MaxSegmentLength)
                {
                    throw new ArgumentException($"The file blob store takes name segments of at most {MaxSegmentLength} characters.", nameof(name));
                }

                segmentStart = i + 1;
            }
        }

        var relative = Path.DirectorySeparatorChar == '/' ? name : name.Replace('/', Path.DirectorySeparatorChar);
        return string.Concat(BlobsRoot, Path.DirectorySeparatorChar.ToString(), relative, BlobSuffix);
    }

    /// <summary>The folder holding the blobs whose names start with <paramref name="folderName"/> ("" or ending in '/').</summary>
    public string FolderOf(string folderName) => folderName.Length == 0
        ? BlobsRoot
        : Path.Combine(BlobsRoot, folderName[..^1].Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The name segment a blob file stands for, or null for any other file.</summary>
    public static string? SegmentOfFile(ReadOnlySpan<char> fileName) =>
        fileName.EndsWith(BlobSuffix, StringComparison.Ordinal) && fileName.Length > BlobSuffix.Length
            ? fileName[..^BlobSuffix.Length].ToString()
            : null;
}
