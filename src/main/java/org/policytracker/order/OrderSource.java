package org.policytracker.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A public source describing an order (article, text, fact sheet). */
@Entity
@Table(name = "order_source")
public class OrderSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private ExecutiveOrder order;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String reference;

    private String url;

    protected OrderSource() {
    }

    OrderSource(ExecutiveOrder order, int position, String title, String reference, String url) {
        this.order = order;
        this.position = position;
        this.title = title;
        this.reference = reference;
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public String getReference() {
        return reference;
    }

    public String getUrl() {
        return url;
    }
}
