using Microsoft.Win32.SafeHandles;

namespace GraduateFair.Storage.FileSystem;

/// <summary>
/// Write handles of the blob files written most recently, kept open so that an append is one
/// <c>pwrite</c> rather than open, lock, stat, write and close. Least recently used handles are
/// closed beyond <see cref="Capacity"/>. Used by one thread at a time, like <see cref="BlobFileWriter"/>.
/// </summary>
internal sealed class BlobFileHandles : IDisposable
{
    public const int Capacity = 256;

    private readonly Dictionary<string, LinkedListNode<(string Path, SafeFileHandle Handle)>> _byPath = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Path, SafeFileHandle Handle)> _recent = new();

    public int Count => _byPath.Count;

    /// <summary>The open handle of <paramref name="path"/>, opening it (creating the file when <paramref name="create"/>) when it is not kept.</summary>
    public SafeFileHandle Get(string path, bool create)
    {
        if (_byPath.TryGetValue(path, out var node))
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Handle;
        }

        var handle = WriteHandles.Open(path, create);
        Keep(path, handle);
        return handle;
    }

    /// <summary>Keeps a handle just opened, closing the least recently used one beyond the capacity.</summary>
    private void Keep(string path, SafeFileHandle handle)
    {
        Forget(path);
        _byPath[path] = _recent.AddFirst((path, handle));
        if (_byPath.Count > Capacity)
        {
            var oldest = _recent.Last!;
            _recent.RemoveLast();
            _byPath.Remove(oldest.Value.Path);
            oldest.Value.Handle.Dispose();
        }
    }

    /// <summary>Closes the handle of <paramref name="path"/>, if one is kept: the file is about to be deleted, or a write failed.</summary>
    public void Forget(string path)
    {
        if (_byPath.Remove(path, out var node))
        {
            _recent.Remove(node);
            node.Value.Handle.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var (_, handle) in _recent)
        {
            handle.Dispose();
        }

        _recent.Clear();
        _byPath.Clear();
    }
}
