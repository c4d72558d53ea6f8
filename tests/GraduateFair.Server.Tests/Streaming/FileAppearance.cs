namespace GraduateFair.Server.Tests.Streaming;

/// <summary>Completes when a file appears under a directory another process writes (a watcher, not polling).</summary>
public sealed class FileAppearance : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _path;
    private readonly TaskCompletionSource _appeared = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Watch before starting what writes the file, so its appearance cannot be missed.</summary>
    public FileAppearance(string root, string path)
    {
        _path = path;
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName,
        };
        _watcher.Created += (_, _) => Check();
        _watcher.Renamed += (_, _) => Check();
        _watcher.EnableRaisingEvents = true;
        Check();
    }

    public async Task WaitAsync(TimeSpan timeout, Func<string> explain)
    {
        ArgumentNullException.ThrowIfNull(explain);
        try
        {
            await _appeared.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{_path} did not appear within {timeout}.\n{explain()}");
        }
    }

    public void Dispose() => _watcher.Dispose();

    private void Check()
    {
        if (File.Exists(_path))
        {
            _appeared.TrySetResult();
        }
    }
}
