using GraduateFair.Runtime;

namespace GraduateFair.Runtime.Tests.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<long> AddAsync(long amount);

    /// <summary>Adds, replying once the event is ordered in storage (ReplyWhenOrdered).</summary>
    Task<long> AddWhenOrderedAsync(long amount);

    Task<CounterSnapshot> GetAsync();

    /// <summary>Adds, and tells <see cref="Notifications"/> once the addition is durable.</summary>
    Task AddAndNotifyAsync(long amount);

    /// <summary>Fails the call after changing state in memory, to show an exception faults that call only.</summary>
    Task FailAsync(string message);

    /// <summary>Checks that no other call runs at the same time, across awaits.</summary>
    Task<int> ExclusiveAsync();

    Task StartTimerAsync(TimeSpan dueTime);

    Task<int> CallPeerAsync(string peerKey, bool callBack);

    Task<int> CallBackAsync(string callerKey);
}
