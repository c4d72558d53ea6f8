namespace GraduateFair.Storage.FileSystem;

/// <summary>The segment files in the write-ahead log's folder.</summary>
internal static class WalFolder
{
    /// <summary>The segments, in sequence order. Other files are left alone.</summary>
    public static List<(long Sequence, string Path)> Segments(string folder)
    {
        var segments = new List<(long Sequence, string Path)>();
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            if (WalSegmentHeader.SequenceOfFile(Path.GetFileName(path)) is { } sequence)
            {
                segments.Add((sequence, path));
            }
        }

        segments.Sort(static (left, right) => left.Sequence.CompareTo(right.Sequence));
        return segments;
    }

    /// <summary>Deletes the segments numbered below <paramref name="sequence"/> and flushes the folder.</summary>
    public static void DeleteBefore(string folder, long sequence)
    {
        var deleted = false;
        foreach (var (number, path) in Segments(folder))
        {
            if (number < sequence)
            {
                File.Delete(path);
                deleted = true;
            }
        }

        if (deleted)
        {
            DiskSync.Directory(folder);
        }
    }
}
