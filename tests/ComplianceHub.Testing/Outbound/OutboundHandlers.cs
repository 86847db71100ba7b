using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Testing.Outbound;

public static class OutboundHandlers
{
    /// <summary>The socket handler at the end of a named client's handler chain, as the factory builds it.</summary>
    public static SocketsHttpHandler Primary(IServiceProvider services, string client)
    {
        HttpMessageHandler handler = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(client);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        return handler as SocketsHttpHandler
            ?? throw new InvalidOperationException($"The client '{client}' ends in {handler.GetType().Name}, not a SocketsHttpHandler.");
    }
}
