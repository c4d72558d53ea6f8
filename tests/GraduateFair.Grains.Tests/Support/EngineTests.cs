namespace GraduateFair.Grains.Tests.Support;

/// <summary>A fresh engine per test.</summary>
public abstract class EngineTests : IAsyncLifetime
{
    private FairEngine? _engine;

    internal FairEngine Engine => _engine ?? throw new InvalidOperationException("The engine starts before each test.");

    public virtual Task InitializeAsync()
    {
        _engine = FairEngine.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }
    }
}
