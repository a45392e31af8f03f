using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Atlas.Core.Hosting;

/// <summary>
/// Registers the public services the hosts call (SyncEngine and friends) whose constructors take Atlas.Core's internal
/// types: the container only sees public constructors, so the internal one is invoked here with resolved arguments.
/// </summary>
internal static class InternalConstructorActivation
{
    public static IServiceCollection AddSingletonFromInternalConstructor<T>(this IServiceCollection services)
        where T : class =>
        services.AddSingleton(provider => Create<T>(provider));

    private static T Create<T>(IServiceProvider provider)
    {
        var constructor = typeof(T).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        var arguments = constructor.GetParameters().Select(p => provider.GetRequiredService(p.ParameterType)).ToArray();
        return (T)constructor.Invoke(arguments);
    }
}
