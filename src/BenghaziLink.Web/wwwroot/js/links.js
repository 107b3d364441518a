// The /links network: reads the graph the page embeds (same form as /api/links) and draws it with
// cytoscape.js. The page works without it: the table under the graph lists the same links.
(function () {
    'use strict';
    var container = document.getElementById('links-graph');
    var data = document.getElementById('links-data');
    if (!container || !data || typeof cytoscape !== 'function') return;

    var graph = JSON.parse(data.textContent);
    // The same hues as the highlighted names in articles (site.css), dark enough for white borders.
    var colours = { article: '#6c757d', person: '#3d6fb4', group: '#a8541a', place: '#2f7a45' };
    var maxMentions = graph.edges.reduce(function (max, e) { return Math.max(max, e.mentions); }, 1);

    var elements = graph.nodes.map(function (n) {
        var label = n.label.length > 40 ? n.label.slice(0, 38) + '…' : n.label;
        return { data: { id: n.id, label: label, title: n.label, type: n.type, url: n.url } };
    }).concat(graph.edges.map(function (e, i) {
        return { data: { id: 'l' + i, source: e.source, target: e.target, mentions: e.mentions } };
    })).concat((graph.associations || []).map(function (a, i) {
        return { data: { id: 'p' + i, source: a.source, target: a.target, score: a.score }, classes: 'association' };
    }));

    var cy = cytoscape({
        container: container,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
            {
                selector: 'node',
                style: {
                    'background-color': function (n) { return colours[n.data('type')] || '#343a40'; },
                    'label': 'data(label)',
                    'font-size': 11,
                    'color': '#212529',
                    'text-valign': 'bottom',
                    'text-margin-y': 3,
                    'text-wrap': 'wrap',
                    'text-max-width': 140,
                    'text-background-color': '#ffffff',
                    'text-background-opacity': 0.8,
                    'text-background-padding': 1,
                    'width': 16,
                    'height': 16
                }
            },
            {
                selector: 'node[type = "article"]',
                // Articles are the hubs: drawn above the crowd of names around them, labels on a solid ground.
                style: { 'shape': 'round-rectangle', 'width': 28, 'height': 28, 'font-weight': 'bold', 'font-size': 12, 'z-index': 10, 'text-background-opacity': 1, 'text-border-width': 1, 'text-border-opacity': 1, 'text-border-color': '#6c757d' }
            },
            {
                selector: 'edge',
                style: {
                    'width': function (e) { return 1 + 5 * (e.data('mentions') || 0) / maxMentions; },
                    'line-color': '#adb5bd',
                    'opacity': 0.7,
                    'curve-style': 'haystack'
                }
            },
            {
                selector: 'edge.association',
                style: { 'width': 2, 'line-color': '#6f42c1', 'line-style': 'dashed', 'opacity': 0.8, 'curve-style': 'bezier' }
            },
            { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#0d6efd' } }
        ]
    });

    var layout = cy.layout({ name: 'cose', animate: false, nodeRepulsion: function () { return 60000; }, idealEdgeLength: function () { return 130; }, nodeOverlap: 40, padding: 20 });
    // Says in the DOM (for the browser test) that the network is laid out, and how many nodes it drew.
    layout.one('layoutstop', function () { container.setAttribute('data-rendered-nodes', String(cy.nodes().length)); });
    layout.run();

    cy.on('tap', 'node', function (event) {
        var url = event.target.data('url');
        if (url) window.location.href = url;
    });
    cy.on('mouseover', 'node', function () { container.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', function () { container.style.cursor = ''; });
})();
