package org.courseruntime.web;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A page function that receives each new tracking status object. */
@JSFunctor
public interface StatusCallback extends JSObject {
    void call(JSObject status);
}
