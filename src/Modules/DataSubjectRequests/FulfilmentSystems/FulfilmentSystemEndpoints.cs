using ComplianceHub.Shared.Http.Outbound;
using ComplianceHub.Shared.MessageSecurity;
using MassTransit;

namespace ComplianceHub.DataSubjectRequests.FulfilmentSystems;

/// <summary>The systems that hold personal data and take part in fulfilling requests (Art. 15–22).</summary>
internal static class FulfilmentSystemEndpoints
{
    private static readonly string[] Writers = [Roles.Admin, Roles.Dpo];

    public static void MapFulfilmentSystems(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/fulfilment-systems").WithTags(RequestEndpointConventions.Tag);
        group.MapPost("", CreateAsync).WithIdempotency<DataSubjectRequestsDbContext>("secret").WithName("CreateFulfilmentSystem")
            .WithSummary("Register a system that holds personal data; a webhook system's signing secret is shown once.")
            .WithExample(FulfilmentSystemExamples.Create, FulfilmentSystemExamples.Created, StatusCodes.Status201Created)
            .RequireAuthorization(p => p.RequireRole(Writers));
        group.MapGet("", ListAsync).WithName("ListFulfilmentSystems").WithSummary("The organisation's fulfilment systems.")
            .WithExample(null, FulfilmentSystemExamples.Page)
            .RequireAuthorization(p => p.RequireRole(RequestRoles.Readers));
        group.MapGet("/{id:guid}", GetAsync).WithName("GetFulfilmentSystem").WithSummary("One fulfilment system.")
            .WithExample(null, FulfilmentSystemExamples.Updated)
            .RequireAuthorization(p => p.RequireRole(RequestRoles.Readers));
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateFulfilmentSystem").WithSummary("Change a fulfilment system; its secret stays, and one that becomes a webhook gets a new one, shown in this answer only.")
            .WithExample(FulfilmentSystemExamples.Update, FulfilmentSystemExamples.Updated)
            .RequireAuthorization(p => p.RequireRole(Writers));
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteFulfilmentSystem").WithSummary("Remove a fulfilment system; tasks already created stay.")
            .RequireAuthorization(p => p.RequireRole(Writers));
    }

    private static IQueryable<FulfilmentSystem> Visible(DataSubjectRequestsDbContext db, ClaimsPrincipal user) =>
        OrganizationScope.ReadFilter(user) is { } organization ? db.Systems.Where(s => s.OrganizationId == organization) : db.Systems;

    private static FulfilmentSystemView View(FulfilmentSystem s, string? secret = null) =>
        new(s.Id, s.OrganizationId, s.Name, s.RequestTypes, s.Delivery.ToString(), s.Delivery == DeliveryKind.Bus ? FulfilmentQueue.Of(s) : s.Address,
            s.CreatedAt, s.UpdatedAt, secret);

    /// <summary>The address as stored: a bus queue namespaced by the organisation (400 naming <c>address</c> for another's).</summary>
    private static string? Address(ValidationErrors errors, Guid organization, DeliveryKind delivery, string address)
    {
        var stored = delivery == DeliveryKind.Bus ? FulfilmentQueue.Namespace(organization, address) : address;
        errors.When(stored is null, "address", $"A queue name, or '{FulfilmentQueue.Prefix}{organization:N}.<name>': the queues of other organisations cannot be named.");
        return stored;
    }

    private static async Task<Results<Created<FulfilmentSystemView>, ValidationProblem>> CreateAsync(
        FulfilmentSystemRequest request, ClaimsPrincipal user, OrganizationScope organizations, DataSubjectRequestsDbContext db,
        PersonalDataProtector protector, OutboundAddressGuard guard, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (errors, delivery, types) = FulfilmentSystemValidator.Validate(request);
        if (delivery == DeliveryKind.Webhook)
        {
            await guard.CheckReceiverAsync(errors, "address", request.Address, cancellationToken);
        }

        var organization = await organizations.ForNewRecordAsync(user, request.OrganizationId, errors, cancellationToken);
        var address = errors.IsValid && organization is { } owner && delivery is { } kind ? Address(errors, owner, kind, request.Address!.Trim()) : null;
        if (!errors.IsValid || organization is null || delivery is null || address is null)
        {
            return errors.ToProblem();
        }

        var now = Instants.Normalize(clock.GetUtcNow());
        var id = NewId.NextGuid();
        var secret = delivery == DeliveryKind.Webhook ? StandardWebhookSignature.GenerateSecret() : null;
        var system = new FulfilmentSystem
        {
            Id = id,
            OrganizationId = organization.Value,
            Name = request.Name!.Trim(),
            RequestTypes = types,
            Delivery = delivery.Value,
            Address = address,
            Secret = protector.ProtectOptional(secret, id, nameof(FulfilmentSystem.Secret)),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Systems.Add(system);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/fulfilment-systems/{id}", View(system, secret));
    }

    private static async Task<Ok<List<FulfilmentSystemView>>> ListAsync(ClaimsPrincipal user, DataSubjectRequestsDbContext db, CancellationToken cancellationToken)
    {
        var systems = await Visible(db, user).AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(systems.Select(s => View(s)).ToList());
    }

    private static async Task<Results<Ok<FulfilmentSystemView>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, DataSubjectRequestsDbContext db, CancellationToken cancellationToken) =>
        await Visible(db, user).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } system
            ? TypedResults.Ok(View(system))
            : TypedResults.NotFound();

    private static async Task<Results<Ok<FulfilmentSystemView>, NotFound, ValidationProblem>> UpdateAsync(
        Guid id, FulfilmentSystemRequest request, ClaimsPrincipal user, DataSubjectRequestsDbContext db, PersonalDataProtector protector,
        OutboundAddressGuard guard, TimeProvider clock, CancellationToken cancellationToken)
    {
        var system = await Visible(db, user).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (system is null)
        {
            return TypedResults.NotFound();
        }

        var (errors, delivery, types) = FulfilmentSystemValidator.Validate(request);
        if (delivery == DeliveryKind.Webhook)
        {
            await guard.CheckReceiverAsync(errors, "address", request.Address, cancellationToken);
        }

        errors.When(request.OrganizationId is not null && request.OrganizationId != system.OrganizationId, OrganizationScope.Field, "A system cannot move to another organisation.");
        var address = errors.IsValid && delivery is { } kind ? Address(errors, system.OrganizationId, kind, request.Address!.Trim()) : null;
        if (!errors.IsValid || delivery is null || address is null)
        {
            return errors.ToProblem();
        }

        system.Name = request.Name!.Trim();
        system.RequestTypes = types;
        system.Address = address;
        string? newSecret = null;
        if (system.Delivery != delivery)
        {
            // A system that becomes a webhook gets its signing secret now, shown in this answer only (as at creation).
            system.Delivery = delivery.Value;
            newSecret = delivery == DeliveryKind.Webhook ? StandardWebhookSignature.GenerateSecret() : null;
            system.Secret = protector.ProtectOptional(newSecret, id, nameof(FulfilmentSystem.Secret));
        }

        system.UpdatedAt = Instants.Normalize(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(system, newSecret));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, ClaimsPrincipal user, DataSubjectRequestsDbContext db, CancellationToken cancellationToken) =>
        await Visible(db, user).Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
}
