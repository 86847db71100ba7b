using Microsoft.AspNetCore.Routing;

namespace ComplianceHub.Shared.Http;

/// <summary>
/// Something a module adds to every endpoint of the API group, whoever maps them (the Audit module's record of every
/// state-changing call). The host applies each registered convention to <c>/api/v1</c> before any module maps.
/// </summary>
public interface IApiConvention
{
    void Apply(RouteGroupBuilder api);
}
