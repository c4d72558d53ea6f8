namespace GraduateFair.Runtime.Tests.TestGrains;

/// <summary>What counter grains tell the outside world after a confirmed write.</summary>
public sealed class Notifications
{
    public TaskCompletionSource<long> Confirmed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
